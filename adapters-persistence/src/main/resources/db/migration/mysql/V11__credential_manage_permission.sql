-- The built-in Admin role holds every permission, so it gains credential:manage (issue #8): the permission that
-- lets a request made with an API key manage its user's credentials (create and revoke API keys, change the
-- password). No other role gains it: a key acts within its scope, and only keys scoped to it may mint keys.
-- The key is appended to the text as V2 wrote it (a built-in role's permissions never change), not through the
-- JSON functions, which format differently on each database: both keep the same text (SchemaParityTest).
-- updated_at moves (UTC, to the millisecond like every version), so that an edit based on the role as it was
-- before (a stale If-Match) is refused. ../sqlite/V11__credential_manage_permission.sql is the same for SQLite.
UPDATE roles
SET permissions = CONCAT(SUBSTRING(permissions, 1, CHAR_LENGTH(permissions) - 1), ',"credential:manage"]'),
    updated_at  = UTC_TIMESTAMP(3)
WHERE name = 'Admin'
  AND permissions LIKE '%]'
  AND permissions NOT LIKE '%"credential:manage"%';
