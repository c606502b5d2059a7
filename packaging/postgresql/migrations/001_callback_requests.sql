-- The clinic's one call-back list: every kiosk's requests, the front desk's
-- status changes, and the audit trail. Never edit a migration that has been
-- applied somewhere: add the next file.
-- Applied by carekiosk-server-setup.sh in one transaction, as the owner role.

-- Group roles. A kiosk's login role is a member of carekiosk_kiosk, the front
-- desk's of carekiosk_desk; privileges go to the groups only.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'carekiosk_kiosk') THEN
        CREATE ROLE carekiosk_kiosk NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'carekiosk_desk') THEN
        CREATE ROLE carekiosk_desk NOLOGIN;
    END IF;
END
$$;

-- The limits repeat the kiosk's (CallbackLimits), so that the server refuses
-- what no kiosk would store.
CREATE TABLE callback_requests (
    id uuid PRIMARY KEY,
    -- The kiosk that sent it: its login role, never a value the kiosk sends
    -- (kiosk roles may not write this column, see below).
    kiosk name NOT NULL DEFAULT current_user,
    created_utc timestamptz NOT NULL,
    first_name text NOT NULL CHECK (char_length(first_name) BETWEEN 1 AND 40),
    phone_e164 text NOT NULL CHECK (phone_e164 ~ '^\+[1-9][0-9]{1,14}$'),
    office text NOT NULL CHECK (char_length(office) <= 64),
    best_time text NOT NULL CHECK (best_time IN ('morning', 'afternoon', 'any')),
    topic_slug text NOT NULL CHECK (char_length(topic_slug) <= 64),
    language text NOT NULL CHECK (char_length(language) <= 64),
    note text NOT NULL CHECK (char_length(note) <= 280),
    voicemail_ok boolean NOT NULL,
    text_ok boolean NOT NULL,
    consent_version text NOT NULL CHECK (char_length(consent_version) BETWEEN 1 AND 64),
    consent_utc timestamptz NOT NULL,
    status text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'called', 'no_answer', 'done')),
    status_changed_utc timestamptz,
    received_utc timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX callback_requests_by_status ON callback_requests (status, office, created_utc);
CREATE INDEX callback_requests_by_created ON callback_requests (created_utc);

-- Status changes made on a kiosk's own staff screen. A kiosk may not UPDATE
-- requests; it appends here, and the trigger below applies the change to a
-- request of the same kiosk only, and never over a newer one.
CREATE TABLE kiosk_status_changes (
    request_id uuid NOT NULL,
    kiosk name NOT NULL DEFAULT current_user,
    status text NOT NULL CHECK (status IN ('new', 'called', 'no_answer', 'done')),
    changed_utc timestamptz NOT NULL,
    received_utc timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (request_id, changed_utc)
);

-- What staff did with requests, wherever they did it: never their content.
CREATE TABLE audit_log (
    id bigserial PRIMARY KEY,
    created_utc timestamptz NOT NULL DEFAULT now(),
    actor name NOT NULL DEFAULT current_user,
    action text NOT NULL CHECK (char_length(action) <= 64),
    rows integer NOT NULL CHECK (rows >= 0),
    detail text NOT NULL DEFAULT '' CHECK (char_length(detail) <= 500)
);

-- Runs as the owner (SECURITY DEFINER): the kiosk itself can't update.
CREATE FUNCTION apply_kiosk_status_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    UPDATE callback_requests
       SET status = NEW.status, status_changed_utc = NEW.changed_utc
     WHERE id = NEW.request_id AND kiosk = NEW.kiosk
       AND (status_changed_utc IS NULL OR status_changed_utc <= NEW.changed_utc);
    RETURN NULL;
END
$$;
CREATE TRIGGER kiosk_status_changes_apply AFTER INSERT ON kiosk_status_changes
    FOR EACH ROW EXECUTE FUNCTION apply_kiosk_status_change();

-- The front desk listens on this channel: new requests show within a second.
CREATE FUNCTION notify_callback_requests() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('carekiosk_requests', '');
    RETURN NULL;
END
$$;
CREATE TRIGGER callback_requests_notify AFTER INSERT OR UPDATE OR DELETE ON callback_requests
    FOR EACH STATEMENT EXECUTE FUNCTION notify_callback_requests();

-- Deletions are audited by the server itself, whoever deletes.
CREATE FUNCTION audit_callback_deletions() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    deleted integer;
BEGIN
    SELECT count(*) INTO deleted FROM gone;
    -- "purge" when `carekiosk purge --server` says so for its transaction.
    IF deleted > 0 THEN
        INSERT INTO audit_log (actor, action, rows)
        VALUES (session_user, coalesce(nullif(current_setting('carekiosk.audit_action', true), ''), 'delete'), deleted);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER callback_requests_audit_delete AFTER DELETE ON callback_requests
    REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION audit_callback_deletions();

REVOKE ALL ON callback_requests, kiosk_status_changes, audit_log FROM PUBLIC;
REVOKE ALL ON FUNCTION apply_kiosk_status_change(), audit_callback_deletions() FROM PUBLIC;

-- A kiosk: INSERT of every column but `kiosk`, and nothing else: no column
-- is readable, not even the id; no UPDATE, no DELETE. Kiosks send
-- INSERT ... ON CONFLICT DO NOTHING without a conflict target: the primary
-- key on id is the table's only unique index, so a request sent twice is
-- stored once all the same, and no SELECT privilege is needed (naming the
-- target, ON CONFLICT (id), would need SELECT (id), which would let a kiosk
-- count and list every kiosk's requests).
GRANT INSERT (id, created_utc, first_name, phone_e164, office, best_time, topic_slug, language, note,
              voicemail_ok, text_ok, consent_version, consent_utc, status, status_changed_utc)
    ON callback_requests TO carekiosk_kiosk;
GRANT INSERT (request_id, status, changed_utc) ON kiosk_status_changes TO carekiosk_kiosk;

-- The front desk: reads, changes the status, deletes, and audits its exports.
GRANT SELECT, DELETE ON callback_requests TO carekiosk_desk;
GRANT UPDATE (status, status_changed_utc) ON callback_requests TO carekiosk_desk;
GRANT SELECT ON kiosk_status_changes TO carekiosk_desk;
GRANT SELECT ON audit_log TO carekiosk_desk;
GRANT INSERT (action, rows, detail) ON audit_log TO carekiosk_desk;
GRANT USAGE ON SEQUENCE audit_log_id_seq TO carekiosk_desk;
