import AnswerLayout from "../s/layout";

// Personal links read the database on every request, and their state changes with each answer.
export const dynamic = "force-dynamic";

/** The same chrome-less page as public links: a customer with a phone sees the survey and nothing else. */
export default function PersonalLinkLayout({ children }: { children: React.ReactNode }) {
  return <AnswerLayout>{children}</AnswerLayout>;
}
