package io.postmortems.cli;

import io.postmortems.core.io.MarkdownImport;

import java.nio.file.Path;
import java.util.List;

/**
 * {@code import FILE.md [--out FILE]}: a Markdown post-mortem as a JSON document, on standard output or into a file.
 * What could not be mapped is kept in the document's notes and listed on standard error.
 */
final class ImportCommand implements Command {
    static final OptionSpec OUT = OptionSpec.optional("out", "FILE",
            "write the document to this file instead of standard output");

    private final CliContext cli;

    ImportCommand(CliContext cli) {
        this.cli = cli;
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String operands() {
        return "FILE.md";
    }

    @Override
    public String summary() {
        return "a Markdown post-mortem as a JSON document; what maps nowhere is kept in notes and listed on stderr";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(OUT);
    }

    @Override
    public int run(Arguments args) throws UsageException {
        if (args.positional().size() != 1) {
            throw new UsageException("import takes exactly one Markdown file");
        }
        Path file = Path.of(args.positional().get(0));
        DocumentFiles.Text markdown = DocumentFiles.readText(file);
        if (markdown.problem() != null) {
            cli.err.println(file + ": " + markdown.problem());
            return Main.BAD_INPUT;
        }
        MarkdownImport.Result result = new MarkdownImport().read(markdown.text());
        for (String line : result.unmapped()) {
            cli.err.println(file + ": " + line);
        }
        String json = cli.codec.writeJson(result.document());
        if (args.option(OUT).isEmpty()) {
            cli.out.println(json);
            return Main.OK;
        }
        Path out = Path.of(args.option(OUT).get());
        if (!cli.write(out, json + "\n")) {
            return Main.BAD_INPUT;
        }
        cli.out.println(file + " -> " + out);
        return Main.OK;
    }
}
