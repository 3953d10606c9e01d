-- Schema version 1 of the zjtx database.
-- Column names are the GObject property names of the model classes with
-- '-' written '_'; every table's key is "id" (see zjtx-record.h).
-- Dates are ISO 'YYYY-MM-DD' text; money is integer fen; rates are ppm.
-- Checks of one value among three or more are written with OR: SQLite 3.40
-- builds a temporary table on every row for "x IN ('a', 'b', 'c')" in a
-- CHECK, which cost 14% of a 100,000-enterprise fill.

CREATE TABLE township (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE CHECK (name <> ''),
  builtin INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
  position INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE person (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (name <> ''),
  unit TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT ''
);

CREATE TABLE park (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE CHECK (name <> ''),
  township TEXT REFERENCES township (name) ON UPDATE CASCADE,
  contiguous INTEGER NOT NULL DEFAULT 0 CHECK (contiguous IN (0, 1)),
  standardised INTEGER NOT NULL DEFAULT 0 CHECK (standardised IN (0, 1)),
  demonstration INTEGER NOT NULL DEFAULT 0 CHECK (demonstration IN (0, 1)),
  notes TEXT NOT NULL DEFAULT ''
);

CREATE TABLE enterprise (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (name <> ''),
  uscc TEXT UNIQUE CHECK (uscc IS NULL OR length (uscc) = 18),
  township TEXT REFERENCES township (name) ON UPDATE CASCADE,
  industry TEXT NOT NULL DEFAULT '',
  niche TEXT NOT NULL DEFAULT '',
  products TEXT NOT NULL DEFAULT '',
  address TEXT NOT NULL DEFAULT '',
  legal_representative TEXT NOT NULL DEFAULT '',
  contact_person TEXT NOT NULL DEFAULT '',
  contact_phone TEXT NOT NULL DEFAULT '',
  founded TEXT,
  park_id INTEGER REFERENCES park (id),
  park_entry_date TEXT,
  key_target INTEGER NOT NULL DEFAULT 0 CHECK (key_target IN (0, 1)),
  recommended INTEGER NOT NULL DEFAULT 0 CHECK (recommended IN (0, 1)),
  commissioner_id INTEGER REFERENCES person (id),
  liaison_id INTEGER REFERENCES person (id),
  first_year_kwh INTEGER CHECK (first_year_kwh IS NULL OR first_year_kwh >= 0),
  support_choice TEXT NOT NULL DEFAULT 'auto'
    CHECK (support_choice = 'auto' OR support_choice = 'loan_interest_subsidy' OR support_choice = 'rent_subsidy'),
  support_choice_reason TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  CHECK (park_entry_date IS NULL OR park_id IS NOT NULL)
);
CREATE INDEX enterprise_name ON enterprise (name);
CREATE INDEX enterprise_township ON enterprise (township);
CREATE INDEX enterprise_park ON enterprise (park_id);
CREATE INDEX enterprise_industry ON enterprise (industry);
CREATE INDEX enterprise_commissioner ON enterprise (commissioner_id);

CREATE TABLE recognition (
  id INTEGER PRIMARY KEY,
  enterprise_id INTEGER NOT NULL REFERENCES enterprise (id) ON DELETE CASCADE,
  tier TEXT NOT NULL CHECK (tier = 'innovative' OR tier = 'provincial' OR tier = 'national'),
  date TEXT NOT NULL,
  review INTEGER NOT NULL DEFAULT 0 CHECK (review IN (0, 1)),
  batch TEXT NOT NULL DEFAULT '',
  certificate TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX recognition_enterprise ON recognition (enterprise_id);
CREATE INDEX recognition_tier_date ON recognition (tier, date);

CREATE TABLE monitoring_record (
  id INTEGER PRIMARY KEY,
  enterprise_id INTEGER NOT NULL REFERENCES enterprise (id) ON DELETE CASCADE,
  period TEXT NOT NULL CHECK (period GLOB '[12][0-9][0-9][0-9]' OR period GLOB '[12][0-9][0-9][0-9]Q[1-4]'),
  revenue INTEGER,
  output INTEGER,
  rd_expense INTEGER,
  employees INTEGER,
  kwh INTEGER,
  tax_paid INTEGER,
  profit INTEGER,
  patents INTEGER,
  UNIQUE (enterprise_id, period)
);

CREATE TABLE housing_loan (
  id INTEGER PRIMARY KEY,
  enterprise_id INTEGER NOT NULL REFERENCES enterprise (id) ON DELETE CASCADE,
  principal INTEGER NOT NULL CHECK (principal >= 0),
  term_months INTEGER NOT NULL CHECK (term_months BETWEEN 1 AND 1200),
  bank TEXT NOT NULL DEFAULT '',
  date TEXT
);
CREATE INDEX housing_loan_enterprise ON housing_loan (enterprise_id);

CREATE TABLE rent (
  id INTEGER PRIMARY KEY,
  enterprise_id INTEGER NOT NULL REFERENCES enterprise (id) ON DELETE CASCADE,
  monthly INTEGER NOT NULL CHECK (monthly >= 0),
  months INTEGER NOT NULL CHECK (months BETWEEN 1 AND 1200),
  start_date TEXT
);
CREATE INDEX rent_enterprise ON rent (enterprise_id);

CREATE TABLE institution (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (name <> ''),
  kind TEXT NOT NULL DEFAULT '',
  park_id INTEGER REFERENCES park (id),
  notes TEXT NOT NULL DEFAULT ''
);

CREATE TABLE service_claim (
  id INTEGER PRIMARY KEY,
  institution_id INTEGER NOT NULL REFERENCES institution (id) ON DELETE CASCADE,
  service_fees INTEGER NOT NULL CHECK (service_fees >= 0),
  rate INTEGER CHECK (rate IS NULL OR rate BETWEEN 0 AND 1000000),
  date TEXT NOT NULL,
  notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX service_claim_institution ON service_claim (institution_id);

CREATE TABLE task_force_member (
  id INTEGER PRIMARY KEY,
  role TEXT NOT NULL CHECK (role = 'leader' OR role = 'deputy' OR role = 'member'),
  name TEXT NOT NULL CHECK (name <> ''),
  title TEXT NOT NULL DEFAULT '',
  unit TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  position INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE policy_action (
  id INTEGER PRIMARY KEY,
  clause TEXT NOT NULL UNIQUE CHECK (clause <> ''),
  name TEXT NOT NULL CHECK (name <> ''),
  responsible_units TEXT NOT NULL DEFAULT '',   -- 、-separated, in the policy's order
  position INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE policy (
  id INTEGER PRIMARY KEY,
  policy_key TEXT NOT NULL UNIQUE,
  doc_number TEXT NOT NULL,
  window_start TEXT NOT NULL,
  window_end TEXT NOT NULL,
  document TEXT NOT NULL,
  added TEXT NOT NULL
);

-- The award ledger (filled by the rewards work): one row per award, identified
-- by recipient, kind and the facts it rests on (fact_key), so that the same
-- award is never proposed or paid twice.
CREATE TABLE award (
  id INTEGER PRIMARY KEY,
  recipient_type TEXT NOT NULL CHECK (recipient_type IN ('enterprise', 'institution')),
  enterprise_id INTEGER REFERENCES enterprise (id),
  institution_id INTEGER REFERENCES institution (id),
  kind TEXT NOT NULL,
  policy_key TEXT NOT NULL,
  clause TEXT NOT NULL,
  fact_key TEXT NOT NULL,
  amount INTEGER NOT NULL CHECK (amount >= 0),
  basis TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'proposed'
    CHECK (status = 'proposed' OR status = 'approved' OR status = 'paid' OR status = 'rejected'),
  proposed_on TEXT NOT NULL,
  approved_on TEXT,
  approved_by TEXT,
  paid_on TEXT,
  voucher TEXT,
  rejected_on TEXT,
  reason TEXT,
  basis_changed INTEGER NOT NULL DEFAULT 0 CHECK (basis_changed IN (0, 1)),
  CHECK ((recipient_type = 'enterprise') = (enterprise_id IS NOT NULL)),
  CHECK ((recipient_type = 'institution') = (institution_id IS NOT NULL)),
  UNIQUE (recipient_type, enterprise_id, institution_id, kind, fact_key)
);

-- Every change to a record, written in the same transaction as the change.
CREATE TABLE audit (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,                 -- ISO 8601 local time with offset
  actor TEXT NOT NULL DEFAULT '',
  entity TEXT NOT NULL,             -- table name
  entity_id INTEGER NOT NULL,
  action TEXT NOT NULL CHECK (action = 'insert' OR action = 'update' OR action = 'delete'),
  old_values TEXT,                  -- JSON object of the changed columns, before
  new_values TEXT                   -- and after
);
CREATE INDEX audit_entity ON audit (entity, entity_id);

-- Search over name, USCC and products; trigram matches 3 characters or more,
-- shorter queries go to LIKE on the base table. ZjtxStore keeps it in step
-- with enterprise when it writes one (not triggers: a trigger makes FTS5
-- flush at every statement, which made a 100,000-row import 4× slower).
CREATE VIRTUAL TABLE enterprise_fts USING fts5 (
  name, uscc, products, content = 'enterprise', content_rowid = 'id', tokenize = 'trigram'
);
