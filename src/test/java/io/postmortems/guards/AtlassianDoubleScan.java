package io.postmortems.guards;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads compiled test classes and reports every place where test code makes its own implementation of an Atlassian
 * type: a class (named, nested or anonymous) that extends or implements a {@code com.atlassian.*} type, and a lambda
 * or method reference whose target is one (an {@code invokedynamic} call site that returns a {@code com.atlassian.*}
 * type). Such a double implements only the members a stand-in declares, so it stops compiling against the real
 * jar, whose interfaces declare many more. A Mockito mock, or a plain fake behind
 * {@code mock(T.class, AdditionalAnswers.delegatesTo(fake))}, leaves no such trace in the class files.
 *
 * <p>Only the constant pool and the class header are read (JVM spec 4.1, 4.4), so no bytecode library is needed.
 */
final class AtlassianDoubleScan {
    static final String ATLASSIAN = "com/atlassian/";

    /** One offence: {@code source} is the top-level class, as a path without ".java" ("io/postmortems/jira/X"). */
    record Finding(String source, String className, String kind, String atlassianType) {
        @Override
        public String toString() {
            return source + ".java: " + className.replace('/', '.') + " " + kind + " "
                    + atlassianType.replace('/', '.');
        }
    }

    private AtlassianDoubleScan() {
    }

    static List<Finding> scan(Path classesRoot) throws IOException {
        List<Finding> findings = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classesRoot)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    findings.addAll(scan(in));
                }
            }
        }
        return findings;
    }

    static List<Finding> scan(InputStream classFile) throws IOException {
        DataInputStream in = new DataInputStream(classFile);
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        int[] classNameIndex = new int[count];
        int[] descriptorIndexOfNameAndType = new int[count];
        List<Integer> invokeDynamicNameAndTypes = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 3, 4 -> in.readInt();
                case 5, 6 -> {
                    in.readLong();
                    i++;
                }
                case 7 -> classNameIndex[i] = in.readUnsignedShort();
                case 8, 16, 19, 20 -> in.readUnsignedShort();
                case 9, 10, 11 -> in.readInt();
                case 12 -> {
                    in.readUnsignedShort();
                    descriptorIndexOfNameAndType[i] = in.readUnsignedShort();
                }
                case 15 -> {
                    in.readUnsignedByte();
                    in.readUnsignedShort();
                }
                case 17 -> in.readInt();
                case 18 -> {
                    in.readUnsignedShort();
                    invokeDynamicNameAndTypes.add(in.readUnsignedShort());
                }
                default -> throw new IOException("unknown constant pool tag " + tag + " at " + i);
            }
        }
        in.readUnsignedShort();
        String self = utf8[classNameIndex[in.readUnsignedShort()]];
        int superIndex = in.readUnsignedShort();
        List<Finding> findings = new ArrayList<>();
        String source = self.contains("$") ? self.substring(0, self.indexOf('$')) : self;
        if (superIndex != 0) {
            String superName = utf8[classNameIndex[superIndex]];
            if (superName.startsWith(ATLASSIAN)) {
                findings.add(new Finding(source, self, "extends", superName));
            }
        }
        int interfaces = in.readUnsignedShort();
        for (int i = 0; i < interfaces; i++) {
            String name = utf8[classNameIndex[in.readUnsignedShort()]];
            if (name.startsWith(ATLASSIAN)) {
                findings.add(new Finding(source, self, "implements", name));
            }
        }
        for (int nameAndType : invokeDynamicNameAndTypes) {
            String descriptor = utf8[descriptorIndexOfNameAndType[nameAndType]];
            String returned = descriptor.substring(descriptor.indexOf(')') + 1);
            if (returned.startsWith("L" + ATLASSIAN)) {
                findings.add(new Finding(source, self, "has a lambda or method reference of type",
                        returned.substring(1, returned.length() - 1)));
            }
        }
        return findings;
    }
}
