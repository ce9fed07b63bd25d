package io.aegis.bootstrap;

import io.aegis.application.identity.port.in.FirstAdminView;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the first administrator's generated password goes: a file in the data folder that only the account running
 * Aegis may read, never the log or the console, which collectors ship and terminals scroll back. The log says where.
 */
final class FirstAdminPassword {

    static final String FILE_NAME = "first-admin-password";

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdminPassword.class);

    private FirstAdminPassword() {
    }

    /** Keeps a generated password in its file and logs where; says which password source the administrator has. */
    static void keep(FirstAdminView firstAdmin, Path dataDir) {
        if (!firstAdmin.created()) {
            return;
        }
        firstAdmin.generatedPassword().ifPresentOrElse(password -> {
            Path file = write(dataDir.resolve(FILE_NAME), password);
            LOG.warn("first start: created the administrator 'admin' with a generated password, written to {}"
                    + " (readable by this account only). Sign in and choose a new one (POST /api/v1/me/password),"
                    + " then delete the file.", file);
        }, () -> LOG.info("first start: created the administrator 'admin' with the password from"
                + " AEGIS_ADMIN_PASSWORD"));
    }

    /**
     * Written to a draft created owner-only (0600 from its first byte, so the umask cannot widen it), then renamed
     * over the name in one step: readers see no file or the whole one, never a partial or a readable one.
     */
    private static Path write(Path file, String password) {
        Path folder = file.toAbsolutePath().getParent();
        Path draft = null;
        try {
            Files.createDirectories(folder);
            if (!Files.getFileStore(folder).supportsFileAttributeView("posix")) {
                throw new IOException("the data folder does not keep POSIX permissions, so the file could not be"
                        + " made readable by its owner only");
            }
            FileAttribute<?> ownerOnly = PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rw-------"));
            draft = Files.createTempFile(folder, ".first-admin-password-", ".draft", ownerOnly);
            Files.write(draft, List.of(password), StandardCharsets.UTF_8);
            Files.move(draft, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return file.toAbsolutePath().normalize();
        } catch (IOException e) {
            // the administrator exists, the password is lost: the offline reset is the way in
            throw new UncheckedIOException("cannot write the first administrator's password to " + file
                    + "; set one with: java -jar aegis.jar admin reset-password --username admin", e);
        } finally {
            deleteQuietly(draft);
        }
    }

    private static void deleteQuietly(Path draft) {
        try {
            if (draft != null) {
                Files.deleteIfExists(draft);
            }
        } catch (IOException e) {
            // an owner-only draft left behind; it holds nothing anyone else may read
        }
    }
}
