package io.aegis.bootstrap;

import io.aegis.domain.audit.AuditKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * Where the audit key comes from: {@code AEGIS_AUDIT_KEY}, else the key file, which the first start creates
 * with 256 random bits, readable and writable by its owner only. The key never enters the database or a log.
 * Every node of a cluster needs the same key.
 */
final class AuditKeys {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private AuditKeys() {
    }

    /** The configured key, creating the key file when there is neither a key nor a file yet. */
    static AuditKey loadOrCreate(AegisConfig.Audit settings) {
        if (settings.key().isEmpty() && !Files.exists(settings.keyFile())) {
            create(settings.keyFile());
        }
        return load(settings);
    }

    /** The configured key; never creates one (a verifier with a new key would call every row foreign). */
    static AuditKey load(AegisConfig.Audit settings) {
        if (settings.key().isPresent()) {
            return decode(settings.key().get(), "AEGIS_AUDIT_KEY");
        }
        Path file = settings.keyFile();
        if (!Files.isRegularFile(file)) {
            throw new ConfigurationException("no audit key: set AEGIS_AUDIT_KEY, or AEGIS_AUDIT_KEY_FILE to the"
                    + " key file the server created (" + file + " does not exist)");
        }
        try {
            return decode(Files.readString(file, StandardCharsets.US_ASCII).strip(), "the audit key file " + file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit key file " + file, e);
        }
    }

    private static AuditKey decode(String base64, String source) {
        try {
            return AuditKey.of(Base64.getDecoder().decode(base64.replace('-', '+').replace('_', '/')));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(source + " must hold the base64 of at least " + AuditKey.MIN_BYTES
                    + " random bytes (e.g. the output of: openssl rand -base64 32)");
        }
    }

    /**
     * Writes the key to a file of its own, then links it in under the key file's name: a link is made whole or
     * not at all and never replaces a file, so nodes starting together on one data folder all read the one key
     * that won, never a file still empty or a key that another node replaced.
     */
    private static void create(Path file) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        Path folder = file.toAbsolutePath().getParent();
        Path draft = null;
        try {
            Files.createDirectories(folder);
            FileAttribute<?>[] ownerOnly = Files.getFileStore(folder).supportsFileAttributeView("posix")
                    ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                    : new FileAttribute<?>[0];
            draft = Files.createTempFile(folder, ".audit-key-", ".draft", ownerOnly);
            Files.write(draft, List.of(Base64.getEncoder().encodeToString(secret)), StandardCharsets.US_ASCII);
            publish(draft, file);
        } catch (FileAlreadyExistsException raced) {
            // another node or process created it first: use theirs
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the audit key file " + file, e);
        } finally {
            deleteQuietly(draft);
        }
    }

    private static void publish(Path draft, Path file) throws IOException {
        try {
            Files.createLink(file, draft);
        } catch (UnsupportedOperationException noHardLinks) {
            // a file system without hard links: a rename still shows the key whole, and refuses an existing file
            Files.move(draft, file);
        }
    }

    private static void deleteQuietly(Path draft) {
        if (draft == null) {
            return;
        }
        try {
            Files.deleteIfExists(draft);
        } catch (IOException e) {
            // a stray draft holds a key nobody uses; the next start makes its own
        }
    }
}
