package io.aegis.adapters.integrations.evidence;

import io.aegis.application.evidence.port.in.ReceivedFile;
import io.aegis.application.evidence.port.out.EvidenceStore;
import io.aegis.domain.evidence.FileTypes;
import io.aegis.domain.evidence.StoredFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The evidence store in a folder ({@code AEGIS_DATA_DIR/evidence}): each file at {@code sha256/ab/cdef...} after its
 * content's hash, uploads arriving under {@code tmp/} in the same file system, so that keeping one is a rename, which
 * is atomic: a file is either whole in its place or not there. Bytes pass through a 64 KiB buffer; nothing holds a
 * file in memory. Paths handed in are checked against the two forms this store makes, so no path from outside can
 * reach another file.
 */
public final class FileSystemEvidenceStore implements EvidenceStore {

    private static final String TEMPORARY = "tmp";
    private static final String PREFIX = "upload-";
    private static final String SUFFIX = ".part";
    private static final Pattern KEPT = Pattern.compile("sha256/[0-9a-f]{2}/[0-9a-f]{62}");
    private static final Pattern RECEIVED = Pattern.compile("tmp/upload-[0-9]+\\.part");
    private static final int BUFFER = 64 * 1024;

    private final Path root;

    public FileSystemEvidenceStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public ReceivedFile receive(InputStream content) {
        Path temporary = null;
        try {
            Path folder = Files.createDirectories(root.resolve(TEMPORARY));
            temporary = Files.createTempFile(folder, PREFIX, SUFFIX);
            MessageDigest digest = sha256();
            byte[] head = new byte[FileTypes.HEAD_BYTES];
            int headLength = 0;
            long size = 0;
            try (OutputStream out = Files.newOutputStream(temporary)) {
                byte[] buffer = new byte[BUFFER];
                for (int n = content.read(buffer); n >= 0; n = content.read(buffer)) {
                    digest.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                    int copied = Math.min(n, head.length - headLength);
                    System.arraycopy(buffer, 0, head, headLength, copied);
                    headLength += copied;
                    size += n;
                }
            }
            return new ReceivedFile(temporary.getFileName().toString(), HexFormat.of().formatHex(digest.digest()),
                    size, Arrays.copyOf(head, headLength));
        } catch (IOException | RuntimeException failure) {
            deleteQuietly(temporary, failure);
            if (failure instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw (RuntimeException) failure;
        }
    }

    @Override
    public String keep(ReceivedFile file) {
        String path = StoredFile.path(file.sha256());
        Path target = resolve(path);
        Path temporary = received(file);
        try {
            Files.createDirectories(target.getParent());
            if (Files.exists(temporary)) {
                try {
                    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException sameContent) {
                    Files.deleteIfExists(temporary);
                }
            }
            if (Files.exists(temporary)) {
                // a platform whose atomic rename replaces silently left nothing; one that refuses, a copy to drop
                Files.delete(temporary);
            }
            // claimed now: a purge running meanwhile leaves it to the evidence about to name it
            Files.setLastModifiedTime(target, FileTime.from(Instant.now()));
            return path;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void discard(ReceivedFile file) {
        try {
            Files.deleteIfExists(received(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public InputStream open(String path) {
        try {
            return Files.newInputStream(resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<String> unclaimedSince(Instant cutoff) {
        try (Stream<Path> files = Files.exists(root) ? Files.walk(root) : Stream.empty()) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> untouchedSince(file, cutoff))
                    .map(file -> root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/"))
                    .filter(path -> KEPT.matcher(path).matches() || RECEIVED.matcher(path).matches())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean remove(String path, Instant cutoff) {
        Path file = resolve(path);
        try {
            return untouchedSince(file, cutoff) && Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean untouchedSince(Path file, Instant cutoff) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(cutoff);
        } catch (NoSuchFileException gone) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path received(ReceivedFile file) {
        return resolve(TEMPORARY + "/" + file.handle());
    }

    /** A path of this store's own making, inside it; anything else is a programming error, never a file. */
    private Path resolve(String path) {
        if (!KEPT.matcher(path).matches() && !RECEIVED.matcher(path).matches()) {
            throw new IllegalArgumentException("not a path of the evidence store: " + path);
        }
        return root.resolve(path);
    }

    private static void deleteQuietly(Path temporary, Exception cause) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
