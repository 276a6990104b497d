-- An Atom feed per follow, for journalists who prefer a feed reader to mail: its address carries a secret of its own
-- (not the unsubscribe one, so that a shared feed address cannot stop the alerts). Follows made before this get one
-- the first time their owner opens the alerts page.
ALTER TABLE alert_follow ADD COLUMN feed_token VARCHAR(64);
CREATE UNIQUE INDEX alert_follow_feed_token_uq ON alert_follow (feed_token);
