/**
 * Frontline ideas for the demo, each with where it ended up and the note that closed the loop
 * ("you said, we did"). Stage keys refer to journeys.ts.
 */
import type { IdeaPrompt, IdeaStatus } from "@/generated/prisma/client";

export type IdeaSpec = {
  title: string;
  body: string;
  prompt: IdeaPrompt;
  stage?: string;
  status: IdeaStatus;
  /** The note on the last status change (none for NEW). */
  note?: string;
  /** Ideas about phone and chat come from Customer Support. */
  fromSupport?: boolean;
};

export const IDEA_SPECS: IdeaSpec[] = [
  {
    title: "Open the second till when the queue passes five",
    body: "Between 12 and 2 we run one till and the queue reaches the fitting rooms. If whoever is on the floor opened the second till once five people are waiting, nobody would wait more than a few minutes.",
    prompt: "EASIER_LIVES", stage: "purchase", status: "DONE",
    note: "Trialled in Tacoma and Seattle: the lunchtime wait fell from 9 to 3 minutes. It's now the rule in every store. Thank you!",
  },
  {
    title: "Show nearby stores' stock on the handhelds",
    body: "When we don't have a size, customers ask if another store does and we have to phone around. Seeing nearby stock on the handheld would let us reserve it on the spot.",
    prompt: "MAGIC_WAND", stage: "consideration", status: "IN_PROGRESS",
    note: "The stock app update with nearby-store stock is being built; pilot stores get it next month.",
  },
  {
    title: "A call button in the fitting rooms",
    body: "People stuck in a fitting room in the wrong size either come out half-dressed or give up. A call button would bring someone with the next size.",
    prompt: "MAGIC_WAND", stage: "consideration", status: "PLANNED",
    note: "Approved for the summer store refresh, starting with the three busiest stores.",
  },
  {
    title: "Accept returns without the original box",
    body: "We turn away returns because the box went in the recycling. The receipt or the card used should be enough; the box rule makes honest customers feel accused.",
    prompt: "EASIER_LIVES", stage: "support", status: "DONE",
    note: "Policy changed: the receipt or the payment card is enough, the box is no longer needed.",
  },
  {
    title: "Click & collect shelf by the entrance",
    body: "Collection orders live in the stockroom, so someone has to leave the floor every time. A shelf by the door, sorted by surname, would make a collection take a minute.",
    prompt: "EASIER_LIVES", stage: "purchase", status: "DONE",
    note: "Shelves are in every store; a collection now takes under two minutes on average.",
  },
  {
    title: "Free zip and buckle repairs while you wait",
    body: "Half the 'faulty' returns are a broken zip pull or buckle we could swap in five minutes. A small repair kit at the till would save a return and win a fan.",
    prompt: "MAGIC_WAND", stage: "usage", status: "UNDER_REVIEW",
  },
  {
    title: "Trail guide cards with staff picks",
    body: "Customers always ask where we go hiking. Little cards with a local trail and the gear we'd take would start great conversations.",
    prompt: "FREE", stage: "awareness", status: "IN_PROGRESS",
    note: "Marketing is printing the first set, written by staff from each region.",
  },
  {
    title: "Let associates approve small refunds",
    body: "Every refund needs a manager, even for a $5 difference on a price tag. Customers wait while we find one. Let us approve small ones ourselves.",
    prompt: "EASIER_LIVES", stage: "support", status: "PLANNED",
    note: "Agreed: associates can approve refunds up to $50 once the till update ships next month.",
  },
  {
    title: "Publish rotas three weeks ahead",
    body: "Rotas come out on Thursday for the next Monday. Most of us have other jobs or classes; three weeks' notice would stop the last-minute swaps.",
    prompt: "FREE", stage: "retain", status: "DONE",
    note: "Rotas are now published three weeks ahead in every store.",
  },
  {
    title: "Spare handheld batteries on the shop floor",
    body: "The handhelds die around 3 pm and the chargers are in the back office. A couple of spare batteries at the till would keep us on the floor with customers.",
    prompt: "EASIER_LIVES", stage: "develop", status: "DONE",
    note: "Two spare batteries and a charging dock went to every store in March.",
  },
  {
    title: "Apply loyalty discounts automatically",
    body: "Customers forget their loyalty card and get annoyed when we can't find them on the system. Looking them up by phone number at the till would fix most of it.",
    prompt: "EASIER_LIVES", stage: "purchase", status: "IN_PROGRESS",
    note: "Phone-number lookup is in testing at Denver LoDo.",
  },
  {
    title: "A kids' corner near the fitting rooms",
    body: "Parents try things on with a toddler in tow. A small play corner would make the whole visit calmer.",
    prompt: "MAGIC_WAND", stage: "consideration", status: "DECLINED",
    note: "Not enough floor space in most stores right now; we'll revisit it in the new store format.",
  },
  {
    title: "Product sessions from our suppliers",
    body: "The boot and tent brands know their gear best. A short session from them each season would help us give better advice.",
    prompt: "FREE", stage: "develop", status: "PLANNED",
    note: "First sessions booked for the start of next season with two boot brands.",
  },
  {
    title: "A rain-test booth for waterproofs",
    body: "Customers can't tell a 10k from a 20k waterproof. A booth where they stand under a shower for a minute would sell itself.",
    prompt: "MAGIC_WAND", stage: "consideration", status: "DECLINED",
    note: "Great idea but cost and space rule it out; we're adding simple waterproof-rating cards instead.",
  },
  {
    title: "Printed receipts as an option again",
    body: "Older customers keep asking for paper receipts since we went email-only, and returns without one take longer.",
    prompt: "EASIER_LIVES", stage: "purchase", status: "UNDER_REVIEW",
  },
  {
    title: "One number for stores and support",
    body: "Customers call the store about online orders and we have to send them to support. One number that routes to the right place would stop the ping-pong.",
    prompt: "MAGIC_WAND", stage: "support", status: "UNDER_REVIEW", fromSupport: true,
  },
  {
    title: "A weekend floor-walker",
    body: "On Saturdays everyone is stuck at the tills or in the stockroom. One person whose only job is to help people on the floor would change the day.",
    prompt: "EASIER_LIVES", stage: "consideration", status: "NEW",
  },
  {
    title: "A buddy for new starters' first two weeks",
    body: "New starters learn the returns process from whoever is around. A named buddy for the first two weeks would mean fewer mistakes at the returns desk.",
    prompt: "FREE", stage: "onboard", status: "DONE",
    note: "Every new starter now gets a named buddy for their first two weeks.",
  },
  {
    title: "A self-checkout help light that works",
    body: "When self-checkout freezes, the light doesn't flash at the till, so nobody knows. Customers just stand there.",
    prompt: "EASIER_LIVES", stage: "purchase", status: "NEW",
  },
  {
    title: "Match online prices at the till",
    body: "Customers show us a lower price on our own website and we can't match it. It's our own price; we should honour it.",
    prompt: "EASIER_LIVES", stage: "purchase", status: "PLANNED",
    note: "Price match with our own website goes live with the next till release.",
  },
  {
    title: "Book a boot fitting online",
    body: "Boot fittings take 30 minutes and always land when we're busy. Bookable slots would spread them out and customers would get our full attention.",
    prompt: "MAGIC_WAND", stage: "consideration", status: "UNDER_REVIEW",
  },
  {
    title: "Text customers when their repair is ready",
    body: "Customers call three times to ask if their repair is back. A text when it arrives would save everyone the calls.",
    prompt: "EASIER_LIVES", stage: "usage", status: "NEW",
  },
  {
    title: "Read customer praise out at the morning huddle",
    body: "We only hear about complaints. Reading out one nice comment each morning would remind us why we do this.",
    prompt: "FREE", stage: "retain", status: "DONE",
    note: "Praise from the surveys now goes to every store's huddle, and as kudos in Tandem.",
  },
  {
    title: "Stock deliveries before opening",
    body: "Deliveries arrive mid-afternoon and we unpack on the floor while it's busy. Deliveries before opening would keep the floor clear.",
    prompt: "FREE", stage: "develop", status: "DECLINED",
    note: "The carrier can't deliver before 8 am in most areas; unpacking now moves to the quiet hour after delivery instead.",
  },
  {
    title: "Gift card balance check at every till",
    body: "Only the main till can read gift cards, so people queue twice. Every till should be able to check and take them.",
    prompt: "EASIER_LIVES", stage: "purchase", status: "NEW",
  },
  {
    title: "Rent gear for a first trip",
    body: "People buying for one trip spend a fortune on gear they'll use once. Renting tents and packs would bring them in, and many would buy later.",
    prompt: "MAGIC_WAND", stage: "usage", status: "NEW",
  },
  {
    title: "Call customers back instead of long hold queues",
    body: "On Mondays the hold queue is 30 minutes. Offering a callback would stop people hanging up angry.",
    prompt: "EASIER_LIVES", stage: "support", status: "IN_PROGRESS", fromSupport: true,
    note: "Callback option is being set up on the phone system; live in a few weeks.",
  },
];

export const IDEA_COMMENTS = [
  "Yes! This happens every Saturday in our store.",
  "+1, customers ask about this all the time.",
  "Could we try this in our store first?",
  "We did something similar in Boulder and it helped a lot.",
  "What about weekends when there's only two of us on?",
  "Love this.",
  "Would need a bit of training, but worth it.",
  "This would save so much time at the till.",
  "Customers mentioned exactly this in last month's comments.",
  "We'd need to check it with loss prevention, but I like it.",
  "Happy to help trial it.",
  "This is my number one frustration too.",
];

/** Notes for the steps before an idea's last one. */
export const INTERMEDIATE_NOTES: Record<"UNDER_REVIEW" | "PLANNED" | "IN_PROGRESS", string[]> = {
  UNDER_REVIEW: [
    "Thanks! The CX committee will look at this at its next review.",
    "Picked up for this month's CX committee; we'll come back to you here.",
    "Good one. We're checking how often this comes up across stores first.",
  ],
  PLANNED: ["Approved by the CX committee; we're working out the timing.", "Approved and on the plan for next quarter."],
  IN_PROGRESS: ["Work has started, pilot stores first.", "Underway; we'll post progress here."],
};
