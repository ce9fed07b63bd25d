-- Remediation tasks (issue #14, point 1; issue #13, point 9). ../mysql/V25__tasks.sql is the same for MySQL / MariaDB.
--
-- The seed's tasks and task_comments get CHECKs of their enumerations against the domain's keys
-- (io.aegis.domain.task: TaskStatus, TaskType, CommentType); idx_tasks_assessment_control finds the tasks already
-- made for an assessment's gaps, so that offering them again creates none twice.
--
-- SQLite cannot add a CHECK, so both tables are rebuilt as V23 rebuilt the assessments (see V5 why foreign keys are
-- off, executeInTransaction=false and a SAVEPOINT): same columns and ids, indexes and triggers re-created.
PRAGMA foreign_keys = OFF;
SAVEPOINT v25_tasks;

CREATE TABLE tasks_v25 (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    title               VARCHAR(500) NOT NULL,
    description         TEXT,
    task_type           VARCHAR(50) NOT NULL,
    priority            VARCHAR(20) DEFAULT 'medium',
    status              VARCHAR(50) DEFAULT 'open',
    progress_percentage INTEGER DEFAULT 0,
    risk_id             INTEGER,
    assessment_id       INTEGER,
    asset_id            INTEGER,
    control_id          INTEGER,
    assigned_to_id      INTEGER,
    created_by_id       INTEGER,
    due_date            DATETIME,
    start_date          DATETIME,
    completed_date      DATETIME,
    estimated_hours     INTEGER,
    actual_hours        INTEGER,
    tags                TEXT,
    custom_fields       TEXT,
    is_active           BOOLEAN DEFAULT TRUE,
    created_at          DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')),
    updated_at          DATETIME,
    CONSTRAINT fk_tasks_risk_id FOREIGN KEY (risk_id) REFERENCES risks (id) ON DELETE SET NULL,
    CONSTRAINT fk_tasks_assessment_id FOREIGN KEY (assessment_id) REFERENCES assessments (id) ON DELETE SET NULL,
    CONSTRAINT fk_tasks_asset_id FOREIGN KEY (asset_id) REFERENCES assets (id) ON DELETE SET NULL,
    CONSTRAINT fk_tasks_control_id FOREIGN KEY (control_id) REFERENCES controls (id) ON DELETE SET NULL,
    CONSTRAINT fk_tasks_assigned_to_id FOREIGN KEY (assigned_to_id) REFERENCES users (id) ON DELETE SET NULL,
    CONSTRAINT fk_tasks_created_by_id FOREIGN KEY (created_by_id) REFERENCES users (id) ON DELETE SET NULL,
    CONSTRAINT chk_progress_percentage CHECK (progress_percentage BETWEEN 0 AND 100),
    CONSTRAINT chk_priority_valid CHECK (priority IN ('low', 'medium', 'high', 'critical')),
    CONSTRAINT chk_task_status_valid CHECK (status IN (
        'open', 'in_progress', 'in_review', 'blocked', 'done', 'cancelled')),
    CONSTRAINT chk_task_type_valid CHECK (task_type IN (
        'remediation', 'review', 'evidence_collection', 'policy', 'training', 'other'))
);
INSERT INTO tasks_v25 SELECT * FROM tasks;
DELETE FROM sqlite_sequence WHERE name = 'tasks_v25';
INSERT INTO sqlite_sequence (name, seq) SELECT 'tasks_v25', seq FROM sqlite_sequence WHERE name = 'tasks';
DROP TABLE tasks;
ALTER TABLE tasks_v25 RENAME TO tasks;
CREATE INDEX idx_tasks_assigned_to_id ON tasks (assigned_to_id);
CREATE INDEX idx_tasks_created_by_id ON tasks (created_by_id);
CREATE INDEX idx_tasks_risk_id ON tasks (risk_id);
CREATE INDEX idx_tasks_status ON tasks (status);
CREATE INDEX idx_tasks_priority ON tasks (priority);
CREATE INDEX idx_tasks_due_date ON tasks (due_date);
CREATE INDEX idx_tasks_assignee_status ON tasks (assigned_to_id, status);
CREATE INDEX idx_tasks_priority_due_date ON tasks (priority, due_date);
CREATE INDEX idx_tasks_assessment_id ON tasks (assessment_id);
CREATE INDEX idx_tasks_asset_id ON tasks (asset_id);
CREATE INDEX idx_tasks_control_id ON tasks (control_id);
CREATE INDEX idx_tasks_assessment_control ON tasks (assessment_id, control_id);
CREATE TRIGGER trg_tasks_updated_at AFTER UPDATE ON tasks FOR EACH ROW
    WHEN NEW.updated_at IS OLD.updated_at AND NEW.updated_at IS NOT strftime('%Y-%m-%d %H:%M:%f', 'now')
BEGIN
    UPDATE tasks SET updated_at = strftime('%Y-%m-%d %H:%M:%f', 'now') WHERE id = NEW.id;
END;

CREATE TABLE task_comments_v25 (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    task_id      INTEGER NOT NULL,
    comment      TEXT NOT NULL,
    comment_type VARCHAR(50) DEFAULT 'comment',
    is_internal  BOOLEAN DEFAULT TRUE,
    created_by   INTEGER NOT NULL,
    created_at   DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')),
    updated_at   DATETIME,
    CONSTRAINT fk_task_comments_task_id FOREIGN KEY (task_id) REFERENCES tasks (id) ON DELETE CASCADE,
    CONSTRAINT fk_task_comments_created_by FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT chk_task_comment_type_valid CHECK (comment_type IN ('comment', 'status_change'))
);
INSERT INTO task_comments_v25 SELECT * FROM task_comments;
DELETE FROM sqlite_sequence WHERE name = 'task_comments_v25';
INSERT INTO sqlite_sequence (name, seq)
SELECT 'task_comments_v25', seq FROM sqlite_sequence WHERE name = 'task_comments';
DROP TABLE task_comments;
ALTER TABLE task_comments_v25 RENAME TO task_comments;
CREATE INDEX idx_task_comments_task_id ON task_comments (task_id);
CREATE INDEX idx_task_comments_created_by ON task_comments (created_by);
CREATE TRIGGER trg_task_comments_updated_at AFTER UPDATE ON task_comments FOR EACH ROW
    WHEN NEW.updated_at IS OLD.updated_at AND NEW.updated_at IS NOT strftime('%Y-%m-%d %H:%M:%f', 'now')
BEGIN
    UPDATE task_comments SET updated_at = strftime('%Y-%m-%d %H:%M:%f', 'now') WHERE id = NEW.id;
END;

-- the copies kept every id, so every reference still holds; a broken one fails the migration here
CREATE TEMP TABLE v25_foreign_key_check (
    broken_references INTEGER CONSTRAINT chk_v25_no_broken_reference CHECK (broken_references = 0)
);
INSERT INTO v25_foreign_key_check SELECT COUNT(*) FROM pragma_foreign_key_check;
DROP TABLE v25_foreign_key_check;

RELEASE v25_tasks;
PRAGMA foreign_keys = ON;
