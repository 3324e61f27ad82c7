/**
 * Starting points for a new journey (issue 5): a retail customer journey and an employee
 * lifecycle. Touchpoints carry a channel but no owner team: teams differ per organization,
 * so the owner is set after creation.
 */
import type { JOURNEY_KINDS, JOURNEY_TEMPLATES } from "./schemas/journey";

/** The kind of journey each template is drawn for: a template only starts a journey of its kind. */
export const JOURNEY_TEMPLATE_KIND: Record<(typeof JOURNEY_TEMPLATES)[number], (typeof JOURNEY_KINDS)[number]> = {
  "retail-customer": "CUSTOMER",
  "employee-lifecycle": "EMPLOYEE",
};

export type TemplateTouchpoint = { name: string; channel: string; isMomentThatMatters?: boolean };
export type TemplateStage = {
  name: string;
  expectations: string;
  feelings: string;
  isMomentThatMatters?: boolean;
  touchpoints: TemplateTouchpoint[];
};

export const JOURNEY_TEMPLATE_STAGES: Record<(typeof JOURNEY_TEMPLATES)[number], TemplateStage[]> = {
  "retail-customer": [
    {
      name: "Awareness",
      expectations: "Hears about us from friends, ads or search, and finds what we stand for.",
      feelings: "Curious, a little sceptical.",
      touchpoints: [
        { name: "Social media ad", channel: "Social" },
        { name: "Word of mouth", channel: "In person" },
        { name: "Search result", channel: "Web" },
      ],
    },
    {
      name: "Consideration",
      expectations: "Compares products and prices easily; gets honest answers to questions.",
      feelings: "Hopeful, wary of making the wrong choice.",
      touchpoints: [
        { name: "Website product page", channel: "Web" },
        { name: "Store visit", channel: "Store" },
      ],
    },
    {
      name: "Purchase",
      expectations: "Pays quickly, with no queue and no surprise at the till.",
      feelings: "Impatient when it drags, relieved when it is smooth.",
      isMomentThatMatters: true,
      touchpoints: [
        { name: "Checkout", channel: "Store", isMomentThatMatters: true },
        { name: "Online checkout", channel: "Web" },
      ],
    },
    {
      name: "Usage",
      expectations: "The product works as promised and is easy to get started with.",
      feelings: "Pleased, or let down if it falls short.",
      touchpoints: [
        { name: "Delivery", channel: "Logistics" },
        { name: "Getting-started guide", channel: "Email" },
      ],
    },
    {
      name: "Support",
      expectations: "Reaches a person who solves the problem the first time.",
      feelings: "Frustrated when passed around, loyal when helped well.",
      isMomentThatMatters: true,
      touchpoints: [
        { name: "Help line", channel: "Phone" },
        { name: "Returns desk", channel: "Store", isMomentThatMatters: true },
        { name: "Chat", channel: "Web" },
      ],
    },
  ],
  "employee-lifecycle": [
    {
      name: "Recruit",
      expectations: "A clear picture of the role and a respectful, timely process.",
      feelings: "Hopeful, anxious about the outcome.",
      touchpoints: [
        { name: "Job posting", channel: "Web" },
        { name: "Interview", channel: "In person", isMomentThatMatters: true },
      ],
    },
    {
      name: "Onboard",
      expectations: "Tools, access and a buddy ready from the first day.",
      feelings: "Excited, easily overwhelmed.",
      isMomentThatMatters: true,
      touchpoints: [
        { name: "First day", channel: "In person", isMomentThatMatters: true },
        { name: "Training", channel: "E-learning" },
      ],
    },
    {
      name: "Develop",
      expectations: "Feedback, coaching and a path to grow.",
      feelings: "Motivated when supported, stuck when not.",
      touchpoints: [
        { name: "One-to-one", channel: "In person" },
        { name: "Performance review", channel: "In person" },
      ],
    },
    {
      name: "Retain",
      expectations: "Recognition, fair pay and a voice in how work is done.",
      feelings: "Engaged, or quietly looking elsewhere.",
      touchpoints: [
        { name: "Pulse survey", channel: "App" },
        { name: "Recognition", channel: "In person" },
      ],
    },
    {
      name: "Exit",
      expectations: "A respectful goodbye and a chance to say what could be better.",
      feelings: "Relieved or regretful; candid.",
      touchpoints: [{ name: "Exit interview", channel: "In person" }],
    },
  ],
};
