-- Asset relationships: one edge per (source, target, type). The use case answers a duplicate with a clear
-- 409; this index settles the race between two requests that both passed that check.
CREATE UNIQUE INDEX uq_asset_relationships_edge
    ON asset_relationships (source_asset_id, target_asset_id, relationship_type);
