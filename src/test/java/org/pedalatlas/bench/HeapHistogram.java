package org.pedalatlas.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Compares two {@code jcmd GC.class_histogram} outputs: which classes the heap grew by. */
final class HeapHistogram {

    record Growth(String className, long bytes) {
    }

    private static final Pattern ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");

    private HeapHistogram() {
    }

    static List<Growth> growth(Path before, Path after) {
        try {
            Map<String, Long> a = read(before);
            Map<String, Long> b = read(after);
            List<Growth> out = new ArrayList<>();
            b.forEach((cls, bytes) -> out.add(new Growth(cls, bytes - a.getOrDefault(cls, 0L))));
            out.sort(Comparator.comparingLong(Growth::bytes).reversed());
            return out;
        } catch (Exception e) {
            return List.of();
        }
    }

    private static Map<String, Long> read(Path file) throws Exception {
        Map<String, Long> bytes = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            Matcher m = ROW.matcher(line);
            if (m.find()) {
                bytes.merge(m.group(3), Long.parseLong(m.group(2)), Long::sum);
            }
        }
        return bytes;
    }
}
