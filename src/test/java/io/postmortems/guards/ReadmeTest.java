package io.postmortems.guards;

import org.junit.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** CI must run exactly the README's commands; this keeps README and .ci/run from drifting apart. */
public class ReadmeTest {
    private static final Pattern SH_BLOCK = Pattern.compile("```sh\\n(.+?)\\n```", Pattern.DOTALL);

    static List<String> readmeCommands() throws Exception {
        Matcher m = SH_BLOCK.matcher(Files.readString(Path.of("README.md")));
        List<String> commands = new java.util.ArrayList<>();
        while (m.find()) {
            commands.add(m.group(1).strip());
        }
        return commands;
    }

    @Test
    public void ciRun_shouldRunTheReadmeTestCommandVerbatim() throws Exception {
        List<String> commands = readmeCommands();
        assertTrue("README has at least two commands", commands.size() >= 2);
        List<String> ciLines = Files.readAllLines(Path.of(".ci/run")).stream().map(String::strip).toList();
        assertTrue("'" + commands.get(1) + "' not in .ci/run", ciLines.contains(commands.get(1)));
    }

    @Test
    public void ciRun_shouldRunTheReadmeMainJobOnTheExamples() throws Exception {
        String first = readmeCommands().get(0);
        String mainJob = first.substring(first.indexOf("java -jar"));
        List<String> ciLines = Files.readAllLines(Path.of(".ci/run")).stream().map(String::strip).toList();
        assertTrue("'" + mainJob + "' not in .ci/run", ciLines.contains(mainJob));
        assertEquals("the main job works on the bundled examples", true, mainJob.contains(" examples "));
    }
}
