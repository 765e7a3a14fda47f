package com.estatecare.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Temporary folders of the tests. */
public final class TestFiles {

    private TestFiles() {
    }

    /** Deletes a folder and everything in it; what cannot be deleted stays (it is temporary anyway). */
    public static void delete(Path folder) {
        if (Files.notExists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a left-over temporary folder is harmless
        }
    }
}
