/**
 * Surveys to start from. Each is a title and a question list in the builder's own input shape
 * (src/lib/schemas/survey.ts), so a template goes through exactly the validation a saved
 * survey does; the integration tests create a survey from every one of them.
 */
import type { Audience, Metric, QuestionInput } from "./schemas/survey";

/** The headline question of each metric, worded as shared/DESIGN.md ("The numbers") gives it. */
const HEADLINES: Record<Metric, (orgName: string) => QuestionInput> = {
  NPS: (org) => ({ type: "NPS", prompt: `How likely are you to recommend ${org} to a friend or colleague?`, isHeadline: true, required: true }),
  CSAT: () => ({ type: "CSAT", prompt: "How satisfied were you with your experience?", isHeadline: true, required: true }),
  // eNPS is the NPS question about the workplace, on the same 0–10 scale.
  ENPS: (org) => ({ type: "NPS", prompt: `How likely are you to recommend ${org} as a place to work?`, isHeadline: true, required: true }),
};

export function headlineQuestion(metric: Metric, orgName: string): QuestionInput {
  return HEADLINES[metric](orgName);
}

export type SurveyTemplate = {
  id: string;
  name: string;
  summary: string;
  audience: Audience;
  metric: Metric;
  defaultTitle: string;
  /** The whole ordered list, headline included. */
  questions: (orgName: string) => QuestionInput[];
};

const rating = (prompt: string): QuestionInput => ({ type: "RATING", prompt, scaleMin: 1, scaleMax: 5 });
const openText = (prompt: string): QuestionInput => ({ type: "OPEN_TEXT", prompt });

export const SURVEY_TEMPLATES = [
  {
    id: "customer-nps",
    name: "Customer NPS",
    summary: "The recommend question, the reason behind the score, and what the visit was for.",
    audience: "CUSTOMER",
    metric: "NPS",
    defaultTitle: "Customer NPS",
    questions: (org) => [
      headlineQuestion("NPS", org),
      openText("What is the main reason for your score?"),
      {
        type: "SINGLE_CHOICE",
        prompt: "What was your visit mainly about?",
        options: [
          { id: "buy", label: "Buying something" },
          { id: "browse", label: "Just looking around" },
          { id: "pickup", label: "Picking up an order" },
          { id: "return", label: "A return or exchange" },
          { id: "advice", label: "Getting help or advice" },
        ],
      },
    ],
  },
  {
    id: "support-csat",
    name: "Post-support CSAT",
    summary: "Satisfaction with the help received, whether the issue was resolved, and what to do better.",
    audience: "CUSTOMER",
    metric: "CSAT",
    defaultTitle: "Support satisfaction",
    questions: () => [
      { type: "CSAT", prompt: "How satisfied are you with the help you received?", isHeadline: true, required: true },
      {
        type: "SINGLE_CHOICE",
        prompt: "Was your issue resolved?",
        required: true,
        options: [
          { id: "yes", label: "Yes" },
          { id: "partly", label: "Partly" },
          { id: "no", label: "No" },
        ],
      },
      openText("What could we have done better?"),
    ],
  },
  {
    id: "employee-enps",
    name: "Employee eNPS pulse",
    summary: "eNPS and a few engagement items on a 1–5 scale, with room for a comment. Anonymous.",
    audience: "EMPLOYEE",
    metric: "ENPS",
    defaultTitle: "Employee pulse",
    questions: (org) => [
      headlineQuestion("ENPS", org),
      rating("I have the tools I need to serve customers well"),
      rating("I know what is expected of me at work"),
      rating("My manager recognizes good work"),
      rating("I can see how my work makes a difference to our customers"),
      openText("What one thing would make your work better?"),
    ],
  },
  {
    id: "frontline-voice",
    name: "Voice of the employee about customers",
    summary: "eNPS and the two frontline prompts: what would make customers' lives easier, and the magic wand.",
    audience: "EMPLOYEE",
    metric: "ENPS",
    defaultTitle: "Frontline voice: our customers",
    // The two prompts are shared/DESIGN.md's, word for word: ideas are filed under them.
    questions: (org) => [
      headlineQuestion("ENPS", org),
      openText("Based on your role, how can we make our customers' lives easier?"),
      openText("If you had a magic wand, what would you do to improve the experience for our customers?"),
    ],
  },
  {
    id: "blank-nps",
    name: "Blank NPS survey",
    summary: "Only the recommend question; add your own.",
    audience: "CUSTOMER",
    metric: "NPS",
    defaultTitle: "NPS survey",
    questions: (org) => [headlineQuestion("NPS", org)],
  },
  {
    id: "blank-csat",
    name: "Blank CSAT survey",
    summary: "Only the satisfaction question; add your own.",
    audience: "CUSTOMER",
    metric: "CSAT",
    defaultTitle: "CSAT survey",
    questions: (org) => [headlineQuestion("CSAT", org)],
  },
  {
    id: "blank-enps",
    name: "Blank eNPS pulse",
    summary: "Only the eNPS question; add your own.",
    audience: "EMPLOYEE",
    metric: "ENPS",
    defaultTitle: "eNPS pulse",
    questions: (org) => [headlineQuestion("ENPS", org)],
  },
] as const satisfies readonly SurveyTemplate[];

export type SurveyTemplateId = (typeof SURVEY_TEMPLATES)[number]["id"];
export const SURVEY_TEMPLATE_IDS = SURVEY_TEMPLATES.map((t) => t.id) as [SurveyTemplateId, ...SurveyTemplateId[]];

export function findSurveyTemplate(id: SurveyTemplateId): SurveyTemplate {
  const template = SURVEY_TEMPLATES.find((t) => t.id === id);
  // The id is typed and parsed against SURVEY_TEMPLATE_IDS, so this is a programming error.
  if (!template) throw new Error(`Unknown survey template ${id}`);
  return template;
}
