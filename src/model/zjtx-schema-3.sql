-- zjtx-schema-3.sql: the award ledger as the rewards work keeps it, and
-- the numbers of award notices.
--
-- Version 1 reserved the award table; no release wrote to it. It is made
-- again with what the ledger needs (who did each step, the date of the
-- event behind the award, what the facts give now beside what was approved),
-- copying any rows there may be.

CREATE TABLE award_3 (
  id INTEGER PRIMARY KEY,
  recipient_type TEXT NOT NULL CHECK (recipient_type = 'enterprise' OR recipient_type = 'institution'),
  enterprise_id INTEGER REFERENCES enterprise (id),
  institution_id INTEGER REFERENCES institution (id),
  kind TEXT NOT NULL,
  -- What the award rests on, with recipient and kind its identity: a first
  -- recognition of a tier is rewarded once ever ('first'); park support and
  -- service rewards once per policy ('policy:<policy id>').
  fact_key TEXT NOT NULL,
  policy_key TEXT NOT NULL,
  clause TEXT NOT NULL,
  event_date TEXT NOT NULL,           -- the date that chose the policy
  amount INTEGER NOT NULL CHECK (amount >= 0),
  basis TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'proposed'
    CHECK (status = 'proposed' OR status = 'approved' OR status = 'paid' OR status = 'rejected'),
  proposed_on TEXT NOT NULL,
  approved_on TEXT,
  approved_by TEXT,
  paid_on TEXT,
  paid_by TEXT,
  voucher TEXT,
  rejected_on TEXT,
  rejected_by TEXT,
  reason TEXT,                        -- why rejected
  -- Set when the facts give another amount or basis than an approved or
  -- paid award has: never changed silently, an officer settles it.
  basis_changed INTEGER NOT NULL DEFAULT 0 CHECK (basis_changed = 0 OR basis_changed = 1),
  computed_amount INTEGER,            -- what the facts give now (NULL: nothing any more)
  computed_basis TEXT,
  CHECK ((recipient_type = 'enterprise') = (enterprise_id IS NOT NULL)),
  CHECK ((recipient_type = 'institution') = (institution_id IS NOT NULL)),
  CHECK (status <> 'approved' OR (approved_on IS NOT NULL AND approved_by IS NOT NULL)),
  CHECK (status <> 'paid' OR (approved_on IS NOT NULL AND paid_on IS NOT NULL AND voucher IS NOT NULL)),
  CHECK (status <> 'rejected' OR (rejected_on IS NOT NULL AND reason IS NOT NULL))
);

INSERT INTO award_3 (id, recipient_type, enterprise_id, institution_id, kind, fact_key, policy_key, clause,
                     event_date, amount, basis, status, proposed_on, approved_on, approved_by, paid_on,
                     voucher, rejected_on, reason, basis_changed)
  SELECT id, recipient_type, enterprise_id, institution_id, kind, fact_key, policy_key, clause,
         proposed_on, amount, basis, status, proposed_on, approved_on, approved_by, paid_on,
         voucher, rejected_on, reason, basis_changed
  FROM award;
DROP TABLE award;
ALTER TABLE award_3 RENAME TO award;

-- One award per recipient, kind and basis: never proposed or paid twice.
CREATE UNIQUE INDEX award_identity ON award (recipient_type, coalesce (enterprise_id, institution_id), kind, fact_key);
CREATE INDEX award_status ON award (status);
CREATE INDEX award_enterprise ON award (enterprise_id);
CREATE INDEX award_institution ON award (institution_id);

-- Award notices (奖励通知书) and their document numbers: per year, in
-- sequence, never reused; a cancelled notice keeps its number.
CREATE TABLE notice (
  id INTEGER PRIMARY KEY,
  award_id INTEGER NOT NULL REFERENCES award (id),
  year INTEGER NOT NULL CHECK (year >= 1000 AND year <= 9999),
  number INTEGER NOT NULL CHECK (number >= 1),
  doc_number TEXT NOT NULL,           -- 永工信商〔2025〕12号, as printed
  issued_on TEXT NOT NULL,
  issued_by TEXT NOT NULL,
  cancelled_on TEXT,
  cancelled_by TEXT,
  cancel_reason TEXT,
  CHECK ((cancelled_on IS NULL) = (cancel_reason IS NULL)),
  UNIQUE (year, number)
);
CREATE INDEX notice_award ON notice (award_id);

-- A number once given stays: the table keeps every notice, cancelled or not.
CREATE TRIGGER notice_kept BEFORE DELETE ON notice
BEGIN
  SELECT RAISE (ABORT, 'award notices are never deleted; cancel them instead');
END;
