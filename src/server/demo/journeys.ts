/**
 * The demo's two journey maps. A customer stage names the employee stage that serves it, and
 * the survey questions that measure it, by key; generate-journeys.ts turns keys into ids.
 */
import type { QuestionKey } from "./generate-surveys";

export type TouchpointSpec = { name: string; channel: string; owner: string; mtm?: boolean; description?: string };

export type StageSpec = {
  key: string;
  name: string;
  description: string;
  expectations: string;
  feelings: string;
  mtm?: boolean;
  servedBy?: string;
  questions?: QuestionKey[];
  touchpoints: TouchpointSpec[];
};

export type JourneySpec = { kind: "CUSTOMER" | "EMPLOYEE"; name: string; persona: string; description: string; stages: StageSpec[] };

export const EMPLOYEE_JOURNEY: JourneySpec = {
  kind: "EMPLOYEE",
  name: "Store associate",
  persona: "Jess, 24, part-time sales associate who spends her weekends on the trail",
  description: "From the job ad to the last shift: what it takes for an associate to give customers their best.",
  stages: [
    {
      key: "recruit",
      name: "Recruit",
      description: "Finds the job, applies and interviews in store.",
      expectations: "A quick, human hiring process and honest talk about hours.",
      feelings: "Excited about working with outdoor gear; unsure about weekend shifts.",
      touchpoints: [
        { name: "Careers page and job ads", channel: "Web", owner: "head-office" },
        { name: "Store interview", channel: "In store", owner: "store-ops" },
      ],
    },
    {
      key: "onboard",
      name: "Onboard",
      description: "First weeks: tills, the returns policy, safety, first shifts alongside a buddy.",
      expectations: "Enough training to handle a return or a tricky customer without panicking.",
      feelings: "Keen, nervous at the till, relieved when someone has their back.",
      questions: ["pulse-tools"],
      touchpoints: [
        { name: "Till and returns training", channel: "In store", owner: "store-ops", mtm: true, description: "Where most early mistakes at the returns desk start." },
        { name: "First-shift buddy", channel: "In store", owner: "store-ops" },
      ],
    },
    {
      key: "develop",
      name: "Develop",
      description: "Builds product knowledge and gets the tools to serve customers well.",
      expectations: "Know the gear, see stock in real time, handhelds that last a shift.",
      feelings: "Confident when the tools work; embarrassed when the stock app is wrong in front of a customer.",
      mtm: true,
      questions: ["pulse-tools", "pulse-purpose"],
      touchpoints: [
        { name: "Product knowledge sessions", channel: "In store", owner: "store-ops" },
        { name: "Handheld stock app", channel: "Device", owner: "head-office", mtm: true },
      ],
    },
    {
      key: "retain",
      name: "Retain",
      description: "Fair rotas, recognition, and a manager who acts on what the team says.",
      expectations: "Rotas weeks ahead, feedback that goes somewhere, praise passed on.",
      feelings: "Loyal when heard; restless when rotas change at the last minute.",
      mtm: true,
      questions: ["pulse-enps", "pulse-manager"],
      touchpoints: [
        { name: "Rota and shift swaps", channel: "App", owner: "store-ops", mtm: true },
        { name: "Monthly pulse and team huddles", channel: "In store", owner: "head-office" },
      ],
    },
    {
      key: "exit",
      name: "Exit",
      description: "Leaves on good terms, and might come back next season.",
      expectations: "A proper goodbye and an open door.",
      feelings: "Mixed: proud of the team, ready for the next step.",
      touchpoints: [{ name: "Exit conversation", channel: "In person", owner: "head-office" }],
    },
  ],
};

export const CUSTOMER_JOURNEY: JourneySpec = {
  kind: "CUSTOMER",
  name: "In-store shopping",
  persona: "Sam, 38, buying gear for a first multi-day hike",
  description: "From hearing about Northwind to getting help when something goes wrong after the trip.",
  stages: [
    {
      key: "awareness",
      name: "Awareness",
      description: "Hears about Northwind from friends, social media, or walking past a store.",
      expectations: "Inspiring, and honest about what gear is really needed.",
      feelings: "Curious; a little overwhelmed by the choice.",
      touchpoints: [
        { name: "Social posts and reviews", channel: "Social", owner: "head-office" },
        { name: "Store windows and local events", channel: "In store", owner: "store-ops" },
      ],
    },
    {
      key: "consideration",
      name: "Consideration",
      description: "Compares products, checks stock online, asks for advice on the floor.",
      expectations: "Accurate stock, and staff who know the gear and ask what the trip is.",
      feelings: "Hopeful; frustrated when the size shown online isn't on the shelf.",
      servedBy: "develop",
      questions: ["nps"],
      touchpoints: [
        { name: "Online stock checker", channel: "Web", owner: "head-office", mtm: true },
        { name: "Advice on the shop floor", channel: "In store", owner: "store-ops", mtm: true },
        { name: "Fitting rooms", channel: "In store", owner: "store-ops" },
      ],
    },
    {
      key: "purchase",
      name: "Purchase",
      description: "Pays at a till or self-checkout, or collects an online order.",
      expectations: "No queue, the price as marked, loyalty applied without asking.",
      feelings: "Impatient in a queue; relieved when it's quick.",
      mtm: true,
      servedBy: "develop",
      questions: ["nps"],
      touchpoints: [
        { name: "Tills and self-checkout", channel: "In store", owner: "store-ops", mtm: true },
        { name: "Click & collect desk", channel: "In store", owner: "store-ops" },
      ],
    },
    {
      key: "usage",
      name: "Usage",
      description: "Uses the gear on the trail; needs care tips or a repair.",
      expectations: "It lasts, and someone can fix it if it doesn't.",
      feelings: "Proud on the trail; let down if a zip fails on day two.",
      touchpoints: [
        { name: "Care and repair service", channel: "In store", owner: "store-ops" },
        { name: "Care-tips email after purchase", channel: "Email", owner: "head-office" },
      ],
    },
    {
      key: "support",
      name: "Support",
      description: "Returns, exchanges and warranty claims, in store or through Customer Support.",
      expectations: "One answer, quickly, and no blame.",
      feelings: "Anxious at first; loyal for life when it's sorted well.",
      mtm: true,
      servedBy: "onboard",
      questions: ["csat"],
      touchpoints: [
        { name: "Returns desk", channel: "In store", owner: "store-ops", mtm: true },
        { name: "Phone and chat support", channel: "Phone / chat", owner: "support", mtm: true },
      ],
    },
  ],
};
