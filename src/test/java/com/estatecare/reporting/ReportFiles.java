package com.estatecare.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import com.estatecare.support.Api;

/**
 * What the report tests do with a report's files: download one, open the Excel in LibreOffice (headless, converted
 * to CSV: it fails on a workbook it cannot read), turn a PDF's first page into an image with pdftoppm and count its
 * dark pixels, read its text with pdftotext. The tools are Debian's (.ci/run installs them); a machine without them
 * fails the test with what to install, it does not skip.
 */
final class ReportFiles {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ReportFiles() {
    }

    record Download(int status, String type, String disposition, byte[] body) {
    }

    static Download download(Api api, String who, String path, boolean english) throws Exception {
        Api.Caller caller = english ? api.as(who).english() : api.as(who);
        HttpResponse<byte[]> response = HTTP.send(caller.builder(path).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("Content-Disposition").orElse(""), response.body());
    }

    /** The workbook as LibreOffice reads it: its one sheet as CSV (UTF-8). */
    static String excelAsCsv(Path dir, byte[] xlsx, String name) throws Exception {
        Path book = Files.write(dir.resolve(name + ".xlsx"), xlsx);
        run(dir, List.of(tool("libreoffice", "libreoffice-calc-nogui"), "-env:UserInstallation="
                + dir.resolve("lo").toUri(), "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76",
                "--outdir", dir.toString(), book.toString()));
        return Files.readString(dir.resolve(name + ".csv"), StandardCharsets.UTF_8);
    }

    /** The PDF's first page at 72 dpi (A4: 595 × 842), as pdftoppm draws it. */
    static BufferedImage firstPage(Path dir, byte[] pdf, String name) throws Exception {
        Path file = Files.write(dir.resolve(name + ".pdf"), pdf);
        run(dir, List.of(tool("pdftoppm", "poppler-utils"), "-png", "-r", "72", "-f", "1", "-l", "1", file.toString(),
                dir.resolve(name + "-page").toString()));
        return ImageIO.read(dir.resolve(name + "-page-1.png").toFile());
    }

    static String pdfText(Path dir, byte[] pdf, String name) throws Exception {
        Path file = Files.write(dir.resolve(name + ".pdf"), pdf);
        return run(dir, List.of(tool("pdftotext", "poppler-utils"), file.toString(), "-"));
    }

    static String pdfFonts(Path dir, byte[] pdf, String name) throws Exception {
        Path file = Files.write(dir.resolve(name + ".pdf"), pdf);
        return run(dir, List.of(tool("pdffonts", "poppler-utils"), file.toString()));
    }

    /** The tool's path; a machine without it fails the test with what to install. */
    static String tool(String name, String debianPackage) {
        Path found = Path.of("/usr/bin", name);
        for (String folder : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            if (Files.isExecutable(Path.of(folder, name))) {
                found = Path.of(folder, name);
                break;
            }
        }
        assertThat(Files.isExecutable(found)).as(name + " is missing: apt-get install " + debianPackage
                + " (.ci/run installs it)").isTrue();
        return found.toString();
    }

    static String run(Path dir, List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean ended = process.waitFor(180, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly();
        }
        assertThat(ended).as(command.get(0) + " did not finish in 3 minutes").isTrue();
        assertThat(process.exitValue()).as(command + ": " + output).isZero();
        return output;
    }

    /** Pixels darker than mid-grey in the rows {@code from} to {@code to} of the page. */
    static int dark(BufferedImage page, int from, int to) {
        int count = 0;
        for (int y = from; y < to; y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                int rgb = page.getRGB(x, y);
                int luminance = (((rgb >> 16) & 0xFF) * 299 + ((rgb >> 8) & 0xFF) * 587 + (rgb & 0xFF) * 114) / 1000;
                if (luminance < 128) {
                    count++;
                }
            }
        }
        return count;
    }
}
