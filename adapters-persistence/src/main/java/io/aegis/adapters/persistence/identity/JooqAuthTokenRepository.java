package io.aegis.adapters.persistence.identity;

import static io.aegis.adapters.persistence.jooq.Tables.AUTH_TOKENS;

import io.aegis.adapters.persistence.BoundedText;
import io.aegis.adapters.persistence.TransactionRetry;
import io.aegis.adapters.persistence.jooq.tables.records.AuthTokensRecord;
import io.aegis.application.identity.port.out.AuthTokenRepository;
import io.aegis.application.port.RequestOrigin;
import io.aegis.domain.identity.AuthToken;
import io.aegis.domain.identity.SecretHash;
import io.aegis.domain.identity.UserId;
import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;

public final class JooqAuthTokenRepository implements AuthTokenRepository {

    private static final int MAX_ADDRESS = 45;
    private static final int MAX_USER_AGENT = 500;

    private final DSLContext dsl;

    public JooqAuthTokenRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public AuthToken insert(AuthToken token, RequestOrigin issuedTo) {
        Integer id = dsl.insertInto(AUTH_TOKENS)
                .set(AUTH_TOKENS.USER_ID, Math.toIntExact(token.userId().value()))
                .set(AUTH_TOKENS.TOKEN_HASH, token.hash().value())
                .set(AUTH_TOKENS.CLIENT_ADDRESS, BoundedText.of(issuedTo.clientAddress(), MAX_ADDRESS))
                .set(AUTH_TOKENS.USER_AGENT, BoundedText.of(issuedTo.userAgent(), MAX_USER_AGENT))
                .set(AUTH_TOKENS.CREATED_AT, token.issuedAt())
                .set(AUTH_TOKENS.EXPIRES_AT, token.expiresAt())
                .set(AUTH_TOKENS.LAST_USED_AT, token.lastUsedAt())
                .returningResult(AUTH_TOKENS.ID)
                .fetchOne(AUTH_TOKENS.ID);
        return token.identifiedAs(id);
    }

    @Override
    public Optional<AuthToken> findByHash(SecretHash hash) {
        return dsl.selectFrom(AUTH_TOKENS).where(AUTH_TOKENS.TOKEN_HASH.eq(hash.value())).fetchOptional()
                .map(JooqAuthTokenRepository::toDomain);
    }

    @Override
    public void revoke(long tokenId, Instant at) {
        dsl.update(AUTH_TOKENS).set(AUTH_TOKENS.REVOKED_AT, at)
                .where(AUTH_TOKENS.ID.eq(Math.toIntExact(tokenId)), AUTH_TOKENS.REVOKED_AT.isNull())
                .execute();
    }

    @Override
    public int forgetEndedBefore(Instant cutoff) {
        return dsl.deleteFrom(AUTH_TOKENS).where(AUTH_TOKENS.EXPIRES_AT.lt(cutoff).or(AUTH_TOKENS.REVOKED_AT.lt(cutoff)))
                .execute();
    }

    @Override
    public void recordUse(long tokenId, Instant at) {
        try {
            dsl.transaction(tx -> tx.dsl().update(AUTH_TOKENS).set(AUTH_TOKENS.LAST_USED_AT, at)
                    .where(AUTH_TOKENS.ID.eq(Math.toIntExact(tokenId)), AUTH_TOKENS.LAST_USED_AT.lt(at).or(AUTH_TOKENS.LAST_USED_AT.isNull()))
                    .execute());
        } catch (RuntimeException lost) {
            // another node recorded a use of the same session at the same moment: that use counts as well
            if (!TransactionRetry.isRetryable(lost)) {
                throw lost;
            }
        }
    }

    @Override
    public void revokeAllOf(UserId userId, Instant at) {
        dsl.update(AUTH_TOKENS).set(AUTH_TOKENS.REVOKED_AT, at)
                .where(AUTH_TOKENS.USER_ID.eq(Math.toIntExact(userId.value())), AUTH_TOKENS.REVOKED_AT.isNull())
                .execute();
    }

    @Override
    public void revokeOthersOf(UserId userId, long keptTokenId, Instant at) {
        dsl.update(AUTH_TOKENS).set(AUTH_TOKENS.REVOKED_AT, at)
                .where(AUTH_TOKENS.USER_ID.eq(Math.toIntExact(userId.value())), AUTH_TOKENS.REVOKED_AT.isNull(),
                        AUTH_TOKENS.ID.ne(Math.toIntExact(keptTokenId)))
                .execute();
    }

    static AuthToken toDomain(AuthTokensRecord row) {
        // a node of the version before V20, still running during a rolling upgrade, stores no last use
        Instant lastUsed = row.getLastUsedAt() != null ? row.getLastUsedAt() : row.getCreatedAt();
        return AuthToken.restore(row.getId(), new UserId(row.getUserId()), new SecretHash(row.getTokenHash()),
                row.getCreatedAt(), row.getExpiresAt(), lastUsed, row.getRevokedAt());
    }
}
