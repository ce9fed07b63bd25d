package io.aegis.domain.evidence;

import java.nio.charset.StandardCharsets;

/**
 * Tells a file's type from its first bytes (its "magic"): the signatures of the accepted formats and of
 * executables, else UTF-8 text without control characters, else unknown. An Office document is a ZIP; its
 * extension tells which one, since its signature is the ZIP's.
 */
public final class FileTypes {

    /** How many leading bytes {@link #detect} looks at. */
    public static final int HEAD_BYTES = 8192;

    private static final byte[] PDF = ascii("%PDF-");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] GIF87 = ascii("GIF87a");
    private static final byte[] GIF89 = ascii("GIF89a");
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] EMPTY_ZIP = {'P', 'K', 5, 6};
    private static final byte[][] EXECUTABLES = {
        ascii("MZ"),                                                    // Windows PE, DOS
        {0x7F, 'E', 'L', 'F'},                                          // Linux, BSD
        {(byte) 0xFE, (byte) 0xED, (byte) 0xFA, (byte) 0xCE},           // Mach-O 32-bit
        {(byte) 0xFE, (byte) 0xED, (byte) 0xFA, (byte) 0xCF},           // Mach-O 64-bit
        {(byte) 0xCE, (byte) 0xFA, (byte) 0xED, (byte) 0xFE},           // Mach-O 32-bit, little-endian
        {(byte) 0xCF, (byte) 0xFA, (byte) 0xED, (byte) 0xFE},           // Mach-O 64-bit, little-endian
        {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE},           // Mach-O universal, Java class
        ascii("#!"),                                                    // a script for an interpreter
    };
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private FileTypes() {
    }

    /**
     * @param head the file's first bytes ({@link #HEAD_BYTES} of them, or the whole file when it is shorter)
     * @param name the file's name, whose extension tells the Office formats apart and a CSV from other text
     */
    public static FileType detect(byte[] head, EvidenceFileName name) {
        if (startsWith(head, PDF)) {
            return FileType.PDF;
        }
        if (startsWith(head, PNG)) {
            return FileType.PNG;
        }
        if (startsWith(head, JPEG)) {
            return FileType.JPEG;
        }
        if (startsWith(head, GIF87) || startsWith(head, GIF89)) {
            return FileType.GIF;
        }
        if (startsWith(head, ZIP) || startsWith(head, EMPTY_ZIP)) {
            return zipped(name.extension());
        }
        for (byte[] executable : EXECUTABLES) {
            if (startsWith(head, executable)) {
                return FileType.EXECUTABLE;
            }
        }
        if (head.length > 0 && isText(head)) {
            return text(head, name.extension());
        }
        return FileType.UNKNOWN;
    }

    private static FileType zipped(String extension) {
        return switch (extension) {
            case "docx" -> FileType.DOCX;
            case "xlsx" -> FileType.XLSX;
            case "pptx" -> FileType.PPTX;
            default -> FileType.ZIP;
        };
    }

    private static FileType text(byte[] head, String extension) {
        if (extension.equals("csv")) {
            return FileType.CSV;
        }
        int first = startsWith(head, UTF8_BOM) ? UTF8_BOM.length : 0;
        while (first < head.length && Character.isWhitespace(head[first])) {
            first++;
        }
        return first < head.length && (head[first] == '{' || head[first] == '[') ? FileType.JSON : FileType.TEXT;
    }

    /**
     * Whether {@code head} is UTF-8 with no control character but tab, line feed, form feed and carriage return.
     * A character cut off by the end of the head is no fault: the file goes on.
     */
    static boolean isText(byte[] head) {
        int i = 0;
        while (i < head.length) {
            int b = head[i] & 0xFF;
            if (b < 0x80) {
                if (b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r' || b == 0x7F) {
                    return false;
                }
                i++;
                continue;
            }
            int continuation = b >= 0xF0 && b <= 0xF4 ? 3 : b >= 0xE0 ? 2 : b >= 0xC2 && b <= 0xDF ? 1 : -1;
            if (b > 0xF4 || continuation < 0) {
                return false;
            }
            for (int k = 1; k <= continuation; k++) {
                if (i + k >= head.length) {
                    return head.length == HEAD_BYTES;
                }
                if ((head[i + k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            i += continuation + 1;
        }
        return true;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
