-- zjtx-schema-4.sql: the policy's actions at work (三（一）–（六）, 四, 五（二）):
-- the support each enterprise received under an action, and the tasks of
-- the actions and measures with their responsible units and progress.
-- (Checks of one value among several are written with OR; see schema 1.)

-- Support received (扶持记录). The kind says the action it serves and which
-- typed columns apply (zjtx-support-record.c checks that, naming the
-- field); the others stay NULL, '' or 0. Money fen, rates ppm.
CREATE TABLE support_record (
  id INTEGER PRIMARY KEY,
  enterprise_id INTEGER NOT NULL REFERENCES enterprise (id) ON DELETE CASCADE,
  kind TEXT NOT NULL
    CHECK (kind = 'platform' OR kind = 'rd_expense' OR kind = 'science_project' OR kind = 'loan' OR
           kind = 'guarantee' OR kind = 'listing' OR kind = 'talent_team' OR kind = 'management_training' OR
           kind = 'order_training' OR kind = 'chain_role' OR kind = 'new_product' OR kind = 'pool_entry' OR
           kind = 'key_target' OR kind = 'recommended'),
  date TEXT NOT NULL,
  unit TEXT NOT NULL DEFAULT '',          -- the unit that provided it
  platform TEXT
    CHECK (platform IS NULL OR platform = 'key_lab' OR platform = 'rd_institution' OR
           platform = 'tech_center' OR platform = 'design_center'),
  level TEXT
    CHECK (level IS NULL OR level = 'county' OR level = 'city' OR level = 'provincial' OR level = 'national'),
  subject TEXT NOT NULL DEFAULT '',       -- platform, project, team, course, college or product
  bank TEXT NOT NULL DEFAULT '',
  amount INTEGER CHECK (amount IS NULL OR amount >= 0),
  rate INTEGER CHECK (rate IS NULL OR (rate >= 0 AND rate <= 1000000)),
  fee INTEGER CHECK (fee IS NULL OR fee >= 0),
  waived INTEGER NOT NULL DEFAULT 0 CHECK (waived = 0 OR waived = 1),   -- counter-guarantee
  stage TEXT CHECK (stage IS NULL OR stage = 'tutoring' OR stage = 'applied' OR stage = 'listed'),
  people INTEGER CHECK (people IS NULL OR people >= 1),
  role TEXT CHECK (role IS NULL OR role = 'leader' OR role = 'supporting'),
  industry TEXT
    CHECK (industry IS NULL OR industry = 'incense' OR industry = 'vinegar' OR industry = 'ceramics' OR
           industry = 'textile_materials' OR industry = 'electronic_materials' OR industry = 'smart_terminals'),
  decided_by TEXT NOT NULL DEFAULT '',    -- who decided a cultivation step
  notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX support_record_enterprise ON support_record (enterprise_id, date);
-- Covering every typed column the actions' figures read, in the order they
-- group by (kind, then enterprise): they read the index alone, in order,
-- not records scattered over the file (150,000 records: 50 ms, not 400).
CREATE INDEX support_record_kind ON support_record (kind, enterprise_id, date, amount, people, level,
                                                    platform, industry, role, stage, rate, fee, waived);

-- A task of an action (三) or measure (四): the policy's own are seeded.
-- responsible_units holds each unit's one name, 、-separated in the
-- policy's order; responsible_units_text the policy's own wording.
-- Overdue is never stored: it follows from due_date and the day asked.
CREATE TABLE action_task (
  id INTEGER PRIMARY KEY,
  clause TEXT NOT NULL CHECK (clause <> ''),
  title TEXT NOT NULL CHECK (title <> ''),
  responsible_units TEXT NOT NULL DEFAULT '',
  responsible_units_text TEXT NOT NULL DEFAULT '',
  owner_unit TEXT NOT NULL DEFAULT '',
  due_date TEXT,
  status TEXT NOT NULL DEFAULT 'not_started'
    CHECK (status = 'not_started' OR status = 'under_way' OR status = 'done'),
  position INTEGER NOT NULL DEFAULT 0,
  notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX action_task_clause ON action_task (clause, position);

-- Dated progress reported on a task (五（二）), with the status it moved
-- the task to (NULL: unchanged).
CREATE TABLE task_progress (
  id INTEGER PRIMARY KEY,
  task_id INTEGER NOT NULL REFERENCES action_task (id) ON DELETE CASCADE,
  date TEXT NOT NULL,
  note TEXT NOT NULL CHECK (note <> ''),
  unit TEXT NOT NULL DEFAULT '',
  status TEXT CHECK (status IS NULL OR status = 'not_started' OR status = 'under_way' OR status = 'done')
);
CREATE INDEX task_progress_task ON task_progress (task_id, date);

-- The meeting dashboards on a large county: the flagged few without
-- reading every enterprise, and each enterprise's output by period
-- without its whole monitoring row (bench/README.md).
CREATE INDEX enterprise_flags ON enterprise (key_target, recommended) WHERE key_target OR recommended;
CREATE INDEX monitoring_record_output ON monitoring_record (enterprise_id, period, output);
