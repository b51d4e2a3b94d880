/**
 * Creates the demo council's teams, sign-ins and a starter set of allocated children, the
 * first time Waymark starts on an empty database. Children here are synthetic records
 * (identifiers, dates of birth, allocations); case histories arrive with the importers.
 */
import { sql } from "drizzle-orm";
import { hashPassword } from "../platform/auth/passwords.ts";
import type { Tx } from "../platform/db/database.ts";
import { DEMO_PASSWORD, DEMO_PEOPLE, DEMO_TEAMS } from "./demo-people.ts";
import { mulberry32 } from "./random.ts";

export async function databaseIsEmpty(tx: Tx): Promise<boolean> {
  const result = await tx.execute(sql`SELECT NOT EXISTS (SELECT 1 FROM users) AS empty`);
  return (result.rows[0] as { empty: boolean }).empty;
}

export async function seedDemoPeople(
  tx: Tx,
  options: { seed: number; children: number; today: string },
): Promise<void> {
  const teamIds = new Map<string, number>();
  for (const team of DEMO_TEAMS) {
    const result = await tx.execute(
      sql`INSERT INTO teams (name, service) VALUES (${team.name}, ${team.service}) RETURNING id`,
    );
    teamIds.set(team.name, (result.rows[0] as { id: number }).id);
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const userIds = new Map<string, number>();
  for (const person of DEMO_PEOPLE) {
    const result = await tx.execute(sql`
      INSERT INTO users (username, display_name, role, password_hash) VALUES (${person.username}, ${person.displayName}, ${person.role}, ${passwordHash})
      RETURNING id`);
    const id = (result.rows[0] as { id: number }).id;
    userIds.set(person.username, id);
    for (const team of person.teams) {
      await tx.execute(
        sql`INSERT INTO user_teams (user_id, team_id) VALUES (${id}, ${teamIds.get(team)})`,
      );
    }
  }
  await seedChildren(tx, options, [...teamIds.values()], userIds);
  await tx.execute(
    sql`INSERT INTO settings (key, value) VALUES ('demo', 'true'::jsonb) ON CONFLICT (key) DO NOTHING`,
  );
}

async function seedChildren(
  tx: Tx,
  options: { seed: number; children: number; today: string },
  teamIds: number[],
  userIds: Map<string, number>,
): Promise<void> {
  const random = mulberry32(options.seed);
  const today = new Date(`${options.today}T00:00:00Z`).getTime();
  const ids: string[] = [];
  const births: string[] = [];
  const sexes: string[] = [];
  const allocationTeams: number[] = [];
  const allocationStarts: string[] = [];
  for (let i = 0; i < options.children; i++) {
    ids.push(`DEMO${String(100001 + i)}`);
    const ageDays = Math.floor(random() * 17.5 * 365);
    births.push(new Date(today - ageDays * 86_400_000).toISOString().slice(0, 10));
    sexes.push(random() < 0.52 ? "1" : "2");
    allocationTeams.push(teamIds[Math.floor(random() * teamIds.length)] ?? teamIds[0] ?? 0);
    allocationStarts.push(
      new Date(today - Math.floor(random() * 400) * 86_400_000).toISOString().slice(0, 10),
    );
  }
  const arrayLiteral = (values: (string | number)[]) => `{${values.join(",")}}`;
  await tx.execute(sql`
    INSERT INTO children (la_child_id, date_of_birth, sex)
    SELECT * FROM unnest(${arrayLiteral(ids)}::text[], ${arrayLiteral(births)}::date[], ${arrayLiteral(sexes)}::text[])`);
  // Tom Okafor (Referral and Assessment) holds some of his team's cases himself.
  const worker = userIds.get("sw.referral") ?? null;
  await tx.execute(sql`
    INSERT INTO allocations (child_id, team_id, worker_user_id, start_date)
    SELECT c.id, a.team_id, CASE WHEN t.name = 'Referral and Assessment' AND a.n % 3 = 0 THEN ${worker}::integer END, a.start_date
    FROM unnest(${arrayLiteral(ids)}::text[], ${arrayLiteral(allocationTeams)}::integer[], ${arrayLiteral(allocationStarts)}::date[])
         WITH ORDINALITY AS a(la_child_id, team_id, start_date, n)
    JOIN children c ON c.la_child_id = a.la_child_id JOIN teams t ON t.id = a.team_id`);
}
