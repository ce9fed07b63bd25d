-- Reference data every installation starts with: the three built-in roles and the default risk matrix.
-- The same file exists for SQLite and MySQL, byte for byte. Formats of the JSON columns: docs/SCHEMA.md.

-- permissions: JSON arrays of io.aegis.application.port.Permission keys.
-- Admin: everything. Analyst: every :read but audit:read, and the day-to-day writes and imports.
-- ReadOnly: every :read but audit:read.
INSERT INTO roles (name, description, permissions, is_active) VALUES
    ('Admin', 'Full access, including user administration and the audit log',
     '["asset:read","asset:write","risk:read","risk:write","framework:read","framework:write",
     "assessment:read","assessment:write","task:read","task:write","evidence:read","evidence:write",
     "integration:read","integration:write","import:run","report:read","report:write","user:read",
     "user:admin","audit:read"]', TRUE),
    ('Analyst', 'Reads everything but the audit log; manages assets, risks, assessments, tasks and evidence, and runs imports',
     '["asset:read","asset:write","risk:read","risk:write","framework:read","assessment:read",
     "assessment:write","task:read","task:write","evidence:read","evidence:write","integration:read",
     "import:run","report:read","user:read"]', TRUE),
    ('ReadOnly', 'Reads everything but the audit log',
     '["asset:read","risk:read","framework:read","assessment:read","task:read","evidence:read",
     "integration:read","report:read","user:read"]', TRUE);

-- risk_scores[likelihood - 1][impact - 1] = likelihood * impact; risk_levels cover 1..25 without gaps.
INSERT INTO risk_matrices (name, description, likelihood_levels, impact_levels, risk_scores, risk_levels, is_default, is_active)
VALUES (
    'Standard 5x5',
    'Standard 5x5 risk assessment matrix: score = likelihood x impact',
    '[{"value":1,"name":"Rare","description":"May occur only in exceptional circumstances"},
     {"value":2,"name":"Unlikely","description":"Could occur at some time but is not expected"},
     {"value":3,"name":"Possible","description":"Might occur at some time"},
     {"value":4,"name":"Likely","description":"Will probably occur in most circumstances"},
     {"value":5,"name":"Almost certain","description":"Is expected to occur in most circumstances"}]',
    '[{"value":1,"name":"Negligible","description":"No noticeable effect on operations, data or reputation"},
     {"value":2,"name":"Minor","description":"Limited effect, recovered quickly with existing resources"},
     {"value":3,"name":"Moderate","description":"Noticeable disruption or data exposure, recovered with effort"},
     {"value":4,"name":"Major","description":"Serious disruption, significant data loss or regulatory exposure"},
     {"value":5,"name":"Severe","description":"Critical, lasting damage to the organisation"}]',
    '[[1,2,3,4,5],[2,4,6,8,10],[3,6,9,12,15],[4,8,12,16,20],[5,10,15,20,25]]',
    '[{"level":"low","min_score":1,"max_score":4,"color":"#2E7D32"},
     {"level":"medium","min_score":5,"max_score":9,"color":"#F9A825"},
     {"level":"high","min_score":10,"max_score":16,"color":"#EF6C00"},
     {"level":"critical","min_score":17,"max_score":25,"color":"#C62828"}]',
    TRUE,
    TRUE);
