-- The built-in Admin role holds every permission, so it gains credential:manage (issue #8): the permission that
-- lets a request made with an API key manage its user's credentials (create and revoke API keys, change the
-- password). No other role gains it: a key acts within its scope, and only keys scoped to it may mint keys.
-- updated_at moves (UTC, to the millisecond like every version), so that an edit based on the role as it was
-- before (a stale If-Match) is refused. ../sqlite/V11__credential_manage_permission.sql is the same for SQLite.
UPDATE roles
SET permissions = JSON_ARRAY_APPEND(permissions, '$', 'credential:manage'),
    updated_at  = UTC_TIMESTAMP(3)
WHERE name = 'Admin'
  AND permissions IS NOT NULL
  AND JSON_CONTAINS(permissions, '"credential:manage"') = 0;
