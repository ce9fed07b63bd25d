-- The built-in Admin role holds every permission, so it gains credential:manage (issue #8): the permission that
-- lets a request made with an API key manage its user's credentials (create and revoke API keys, change the
-- password). No other role gains it: a key acts within its scope, and only keys scoped to it may mint keys.
-- updated_at moves, so that an edit based on the role as it was before (a stale If-Match) is refused.
-- ../mysql/V11__credential_manage_permission.sql does the same with MySQL's JSON functions.
UPDATE roles
SET permissions = json_insert(permissions, '$[#]', 'credential:manage'),
    updated_at  = strftime('%Y-%m-%d %H:%M:%f', 'now')
WHERE name = 'Admin'
  AND permissions IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM json_each(roles.permissions) WHERE value = 'credential:manage');
