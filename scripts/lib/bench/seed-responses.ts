/**
 * Set-based seeding of the benchmark's responses: each statement turns a range of indices
 * (generate_series) into Response and headline Answer rows, plus Participation rows for the
 * employee pulse, and the daily rollups are then rebuilt from the responses in one statement
 * (src/server/demo/rebuild-rollups.ts). Every value is a hash of the row's index, so a range
 * always yields the same rows and the first tenth is a uniform sample of the whole.
 */
import type pg from "pg";
import { rebuildRollups } from "../../../src/server/demo/rebuild-rollups";
import type { Db } from "../../../src/server/prisma-client";
import { SLOTS, ROUNDS, DAYS, type BenchPlan } from "./plan";
import type { BenchOrg } from "./seed-org";

/** Rows per statement: big enough to be set-based, small enough to report progress. */
const CHUNK = 100_000;

/** A uniform deviate in [0, 1) from the index `col` and a stream number. */
const u = (col: string, stream: number) => `((hashint8extended(${col}, ${stream}) & 2147483647)::float8 / 2147483648.0)`;
/** Roughly standard normal: the sum of four uniforms, centred and scaled (Irwin–Hall). */
const z = (col: string, first: number) => `((${[0, 1, 2, 3].map((k) => u(col, first + k)).join(" + ")} - 2.0) * 1.7320508)`;
/** Picks from a text[] parameter with a uniform deviate. */
const pick = (array: string, uniform: string) => `(${array}::text[])[1 + floor(${uniform} * array_length(${array}::text[], 1))::int]`;

const COMMENTS = {
  negative: ["Waited too long for anyone to help.", "The size I wanted was out of stock again.", "Returns took far too long.", "Staff seemed rushed and uninterested.", "Checkout queue was huge.", "Nobody could answer my question about the jacket."],
  neutral: ["Fine, nothing special.", "Found what I needed eventually.", "OK visit, store a bit messy.", "Prices are a little high.", "Decent advice, slow checkout."],
  positive: ["Great advice on boots, thank you!", "Staff went out of their way to help.", "Quick and friendly.", "Loved the fitting help.", "Best outdoor store in town.", "Easy return, no questions asked."],
};
const EMPLOYEE_COMMENTS = ["More staff on weekends, please.", "Good team, tough rota.", "Proud of how we treat customers.", "Training on the new tills would help.", "My manager listens.", "Stockroom is chaos."];

function customerSql(): string {
  return `
    WITH g AS MATERIALIZED (
      SELECT i, ${u("i", 1)} AS ut, ${u("i", 2)} AS ud, ${u("i", 3)} AS us, ${z("i", 4)} AS z,
        ${u("i", 8)} AS uc, ${u("i", 9)} AS up, ${u("i", 10)} AS usec
      FROM generate_series($1::bigint, $2::bigint - 1) AS i
    ), x AS (
      SELECT g.*, ($3::int[])[1 + floor(ut * ${SLOTS})::int] AS t, ($4::int[])[1 + floor(ud * ${SLOTS})::int] AS d,
        CASE WHEN us < 0.55 THEN 1 WHEN us < 0.70 THEN 2 ELSE 3 END AS kind
      FROM g
    ), s AS (
      SELECT x.*, CASE WHEN kind = 3
          THEN least(5, greatest(1, round(4.0 + 0.5 * h + 0.9 * z)))
          ELSE least(10, greatest(0, round(7.9 + 1.5 * h + 2.0 * z))) END::int AS score
      FROM (SELECT x.*, ($5::float8[])[1 + t] + 0.3 * sin(2 * pi() * (d / ${DAYS}.0 + ($6::float8[])[1 + t])) AS h FROM x) AS x
    ), ins AS (
      INSERT INTO "Response" ("id", "orgId", "surveyId", "teamId", "score", "comment", "submittedAt", "submittedOn")
      SELECT gen_random_uuid()::text, $7, ($8::text[])[kind], ($9::text[])[1 + t], score,
        CASE WHEN uc >= 0.18 THEN NULL
          WHEN (kind < 3 AND score <= 6) OR (kind = 3 AND score <= 2) THEN ${pick("$11", "up")}
          WHEN (kind < 3 AND score >= 9) OR (kind = 3 AND score = 5) THEN ${pick("$13", "up")}
          ELSE ${pick("$12", "up")} END,
        ($10::date + d) + make_interval(secs => 28800 + floor(usec * 43200)),
        $10::date + d
      FROM s
      RETURNING "id", "surveyId", "score"
    )
    INSERT INTO "Answer" ("id", "orgId", "responseId", "questionId", "numberValue")
    SELECT gen_random_uuid()::text, $7, ins."id", q.question_id, ins."score"
    FROM ins JOIN unnest($8::text[], $14::text[]) AS q(survey_id, question_id) ON q.survey_id = ins."surveyId"`;
}

function employeeSql(): string {
  return `
    WITH g AS MATERIALIZED (
      SELECT k, (k * $3::bigint) % ($4::bigint * ${ROUNDS}) AS slot, ${z("k", 21)} AS z, ${u("k", 25)} AS uday, ${u("k", 26)} AS uc, ${u("k", 27)} AS up
      FROM generate_series($1::bigint, $2::bigint - 1) AS k
    ), x AS (
      SELECT g.*, (slot % $4::bigint)::int AS p, (slot / $4::bigint)::int AS r FROM g
    ), y AS (
      SELECT x.*, ($5::int[])[1 + p] AS t, least(r * 7 + floor(uday * 7)::int, ${DAYS - 1}) AS d FROM x
    ), s AS MATERIALIZED (
      SELECT y.*, least(10, greatest(0, round(7.6 + 1.8 * h + 2.1 * z)))::int AS score
      FROM (SELECT y.*, ($6::float8[])[1 + t] + 0.3 * sin(2 * pi() * (d / ${DAYS}.0 + ($7::float8[])[1 + t])) AS h FROM y) AS y
    ), part AS (
      INSERT INTO "Participation" ("id", "orgId", "surveyId", "roundId", "userId", "teamId", "day")
      SELECT gen_random_uuid()::text, $8, $9, 'bench_round_' || r, 'bench_user_' || p, ($10::text[])[1 + t], $11::date + r * 7
      FROM s
    ), ins AS (
      INSERT INTO "Response" ("id", "orgId", "surveyId", "teamId", "score", "comment", "submittedAt", "submittedOn")
      SELECT gen_random_uuid()::text, $8, $9, ($10::text[])[1 + t], score,
        CASE WHEN uc < 0.2 THEN ${pick("$12", "up")} END, NULL, $11::date + d
      FROM s
      RETURNING "id", "score"
    )
    INSERT INTO "Answer" ("id", "orgId", "responseId", "questionId", "numberValue")
    SELECT gen_random_uuid()::text, $8, ins."id", $13, ins."score" FROM ins`;
}

export type SeedRangeOptions = {
  /** Response indices [from, to) of the whole data set of plan.responses. */
  from: number;
  to: number;
  log: (line: string) => void;
};

/** The part of [from, to) that is customer responses, and the part that is employees'. */
function split(plan: BenchPlan, from: number, to: number) {
  // Each range of the indices holds its share of both kinds: the first tenth has a tenth of each.
  const share = (n: number, at: number) => Math.round((n * at) / plan.responses);
  return {
    customers: [share(plan.customerResponses, from), share(plan.customerResponses, to)] as const,
    employees: [share(plan.employeeResponses, from), share(plan.employeeResponses, to)] as const,
  };
}

export async function seedResponses(sql: pg.Pool, plan: BenchPlan, org: BenchOrg, { from, to, log }: SeedRangeOptions): Promise<void> {
  const { customers, employees } = split(plan, from, to);
  const health = plan.stores.map((s) => s.health);
  const phase = plan.stores.map((s) => s.phase);
  const customerSurveys = [org.surveys.npsStore, org.surveys.npsOnline, org.surveys.csat];
  for (let lo = customers[0]; lo < customers[1]; lo += CHUNK) {
    const hi = Math.min(customers[1], lo + CHUNK);
    const started = performance.now();
    await sql.query(customerSql(), [
      lo, hi, plan.storeSlots, plan.daySlots, health, phase, org.orgId,
      customerSurveys.map((s) => s.id), org.storeIds, plan.firstDay,
      COMMENTS.negative, COMMENTS.neutral, COMMENTS.positive, customerSurveys.map((s) => s.questionId),
    ]);
    log(`  customer responses ${lo.toLocaleString("en")}–${hi.toLocaleString("en")} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  for (let lo = employees[0]; lo < employees[1]; lo += CHUNK) {
    const hi = Math.min(employees[1], lo + CHUNK);
    const started = performance.now();
    await sql.query(employeeSql(), [
      lo, hi, plan.slotMultiplier, plan.people, plan.personStore, health, phase,
      org.orgId, org.surveys.pulse.id, org.storeIds, plan.firstDay, EMPLOYEE_COMMENTS, org.surveys.pulse.questionId,
    ]);
    log(`  employee responses ${lo.toLocaleString("en")}–${hi.toLocaleString("en")} (with participation) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
}

/**
 * Rebuilds the organization's rollups from its responses, then vacuums and analyzes what was
 * written, so both sizes are measured in the steady state autovacuum keeps a live database in:
 * the rebuild deletes the earlier rollups, and a scan over their dead rows (40% of the table
 * after the top-up) or over rows whose hint bits are not yet set measures the seeding, not
 * the app.
 */
export async function rebuildAndVacuum(prisma: Db, sql: pg.Pool, orgId: string): Promise<number> {
  const rows = await rebuildRollups(prisma, { orgId });
  await sql.query(`VACUUM (ANALYZE) "Response", "Answer", "DailyRollup", "Participation", "FollowUp", "Idea", "Team", "Survey", "Membership", "User"`);
  return rows;
}
