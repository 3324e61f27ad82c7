/**
 * What customers and staff write in the demo. Retail specifics (queues, stock, fitting rooms,
 * returns, named staff) make the dashboards' comment lists, follow-ups and kudos read like a
 * real chain's. `{staff}` becomes a first name from the team that served the customer.
 */

export const NPS_DETRACTOR_COMMENTS = [
  "Waited over 15 minutes at the till with only one register open.",
  "The size I wanted showed as in stock online but the store didn't have it.",
  "Fitting rooms were closed and nobody could tell me when they'd reopen.",
  "Tried to return a jacket without the box and was made to feel like a thief.",
  "Nobody on the floor to help. I walked around for ages looking for someone.",
  "Staff were chatting among themselves and ignored me.",
  "Click & collect order wasn't ready even though I got the email saying it was.",
  "Price on the shelf didn't match what I was charged at the till.",
  "Boots fell apart after two months and the store refused an exchange.",
  "Store was a mess, clothes all over the floor in the fitting rooms.",
  "Asked for advice on hiking boots and the person clearly didn't know the products.",
  "The queue for returns was longer than the queue to pay.",
  "Card machine kept failing and I had to go and find a cash machine.",
  "Out of stock on basics again – third time this month.",
  "My refund took three weeks to come through.",
  "Felt rushed at the till, no bag offered and no receipt.",
  "Far too few staff on a Saturday. Chaos.",
  "The loyalty discount wasn't applied and the cashier couldn't fix it.",
  "Got a rude answer when I asked if you could order a different colour.",
  "Parking validation didn't work and no one knew how to sort it.",
  "Store closed early without notice, wasted trip.",
  "Tent was missing its pegs when I got home. Had to come all the way back.",
  "Self-checkout kept freezing and nobody came to help.",
  "Couldn't find anyone to unlock the cabinet with the GPS watches.",
  "Was told to call customer support for a return I bought in this store.",
  "Fitting room queue was 20 minutes long with three rooms open.",
  "Sale signs everywhere but half the items weren't actually reduced.",
  "Gift card wasn't recognised, had to pay by card instead.",
  "Waited for help with ski boot sizing and gave up after 20 minutes.",
  "Jacket I reserved had been sold to someone else.",
];

export const NPS_PASSIVE_COMMENTS = [
  "Found what I needed but the queue was slow.",
  "Decent range, a bit pricey compared to online.",
  "Staff were friendly but seemed stretched.",
  "Good store, fitting rooms could be cleaner.",
  "Fine visit, nothing special.",
  "Helpful enough, though I had to ask twice to get my size from the stockroom.",
  "Nice jackets, limited sizes in the larger fits.",
  "Quick in and out, would like more tills open at lunchtime.",
  "Return was OK but took a while.",
  "Like the new layout, still hard to find the sale rail.",
  "Good advice on boots, but they didn't have my size.",
  "The store is nice, parking is a pain.",
  "Would be a 9 if the click & collect desk were easier to find.",
  "Prices are fair, the queue wasn't.",
  "Staff knew the products, just not enough of them on a Saturday.",
  "All fine, the card machine was slow.",
  "Good quality, would love more kids' sizes in stock.",
  "Friendly team, fitting rooms were all full.",
  "I like the brand, the store felt a bit tired.",
  "Got what I came for. Music a bit loud.",
  "Sorted my return, but I needed the receipt printed again.",
  "Would be nice if the till could check stock at other stores.",
  "Great for hiking gear, less so for running.",
  "They found my size in the back, took ten minutes though.",
  "Solid visit. The app's stock checker was wrong about one item.",
  "Nice store, nowhere to sit while my partner tried things on.",
  "Polite staff, but nobody knew about the repair service.",
  "Prices OK, the loyalty points are confusing.",
  "Fitting rooms fine, a mirror outside them would help.",
  "Pleasant enough, but nobody asked if I needed help.",
];

export const NPS_PROMOTER_COMMENTS = [
  "{staff} spent twenty minutes helping me pick the right hiking boots. Brilliant.",
  "Super quick return, no questions asked.",
  "Staff were knowledgeable and genuinely into the outdoors.",
  "{staff} found my size at another store and had it sent over.",
  "Best backpack fitting I've ever had. Thanks {staff}!",
  "Clean, well laid out store and no queue.",
  "Click & collect was ready early and the staff were lovely.",
  "Great range of waterproofs and honest advice on which one I actually needed.",
  "The team went out of their way to help my kids find ski gloves.",
  "{staff} remembered me from last time. Lovely touch.",
  "Fitting rooms spotless, and staff checked in without being pushy.",
  "In and out in five minutes with exactly what I needed.",
  "They fixed my jacket zip for free while I waited!",
  "Friendly, fast, and they matched the online price.",
  "Really helpful with running shoe sizing, even let me try the treadmill.",
  "{staff} gave me great tips on local trails. Will be back.",
  "Love this store. There's always someone around to help.",
  "Exchange was painless even without a receipt.",
  "Staff are clearly happy working here and it shows.",
  "Great advice on layering for my trip to Iceland.",
  "Quick service at the till and a friendly chat.",
  "They opened another till as soon as the queue built up.",
  "{staff} helped me carry a tent out to the car. Above and beyond.",
  "Loyalty discount applied without me even asking.",
  "Great selection and the staff know their stuff.",
  "Felt welcome from the moment I walked in.",
  "Sorted my online return in store in two minutes.",
  "Honest advice – {staff} told me the cheaper jacket would do the job.",
  "Beautiful store and a very helpful team.",
  "My go-to shop for gear. Never had a bad visit.",
];

export const SUPPORT_LOW_COMMENTS = [
  "Waited 40 minutes on the phone to be told to send an email instead.",
  "Three agents, three different answers about my refund.",
  "The chat closed before my problem was fixed.",
  "Still no update on my missing parcel after a week.",
  "Had to explain my problem from scratch every single time.",
  "Refund promised in 5 days, it's been 15.",
  "The agent couldn't see my in-store order at all.",
  "The store sent me to you and you sent me back to the store.",
  "No reply to my email for four days.",
  "Warranty claim rejected without anyone looking at my photos.",
];

export const SUPPORT_MID_COMMENTS = [
  "Got there in the end, took longer than it should have.",
  "Agent was polite, the process is clunky.",
  "Sorted, but I had to chase it.",
  "Fine, the wait on the phone was long though.",
  "Helpful answer, shame I had to call twice.",
  "OK. The return label didn't work the first time.",
  "Resolved, though the chatbot was useless until I got a person.",
];

export const SUPPORT_HIGH_COMMENTS = [
  "{staff} sorted my exchange in one call. Fantastic.",
  "Quick, friendly, and the replacement arrived the next day.",
  "Really clear explanation of the warranty.",
  "Resolved in minutes on chat.",
  "The agent called me back exactly when promised. Impressed.",
  "Refund processed the same day.",
  "Friendly and knew exactly what to do.",
  "Best customer service I've had from a retailer.",
  "{staff} went above and beyond to track down my parcel.",
  "Easy and painless, thank you!",
];

export const EMPLOYEE_NEGATIVE_COMMENTS = [
  "Rotas come out too late to plan anything around them.",
  "We're always short-staffed at weekends and customers notice.",
  "The stock system says we have items that aren't on the shelf, and customers get angry at us.",
  "Handheld scanners die halfway through a shift.",
  "Feedback goes up and nothing comes back down.",
  "Training on the new tills was a ten-minute video. Not enough.",
  "Breaks get cut whenever it's busy.",
  "Pay hasn't kept up with other shops nearby.",
  "We get blamed for online orders we can't even see.",
  "Too many tasks at once, no time to actually help customers.",
  "Returns policy changes and we hear about it from customers first.",
  "The stockroom heating has been broken for weeks.",
];

export const EMPLOYEE_NEUTRAL_COMMENTS = [
  "Good team, the tools slow us down.",
  "I like the work, the scheduling could be fairer.",
  "My manager listens, head office less so.",
  "Would like more product training on the technical gear.",
  "Mostly good. Weekend staffing is the main problem.",
  "Decent place to work, not many chances to move up.",
  "The new handhelds are better but there aren't enough of them.",
  "Deliveries arriving mid-afternoon make the floor chaotic.",
  "More cross-training between tills and floor would help.",
  "I'd like to hear what happens to our ideas.",
];

export const EMPLOYEE_POSITIVE_COMMENTS = [
  "Great team, we really look after each other.",
  "My manager backs us when we do the right thing for a customer.",
  "Love being able to recommend gear I actually use.",
  "The product training days are excellent.",
  "I feel trusted to sort out customer problems myself.",
  "Good to see our idea about the click & collect shelf actually happen.",
  "Flexible shifts around my studies.",
  "Proud of how we handled the holiday rush.",
  "Customer thank-you notes get shared with the whole team. Keeps us going.",
  "Best job I've had in retail.",
];

export const FOLLOW_UP_NOTES = [
  "Called the customer and left a voicemail.",
  "Spoke with the customer, apologised and offered a 15% voucher.",
  "Checked the rota for that day: two people off sick and no cover.",
  "Raised the stock mismatch with the inventory team.",
  "Customer replied by email, happy with the refund.",
  "Shared the feedback at this morning's huddle.",
  "Asked the till team to open a second register when the queue passes five people.",
  "Pulled the receipt: the discount really wasn't applied. Refunding the difference.",
  "Reviewed the returns with the associate involved; we'll refresh the policy training.",
];

export const FOLLOW_UP_OUTCOMES = [
  "Apologised and refunded the difference; the customer said they'll be back.",
  "Exchange arranged, customer satisfied.",
  "Root cause: one till staffed over lunch. Breaks now staggered.",
  "Fitting-room tidy added to the hourly floor checklist.",
  "Stock count corrected; online availability now matches the shelf.",
  "Customer accepted a voucher and thanked the team.",
  "Faulty product escalated to the supplier; full refund issued.",
  "Returns training refreshed for the whole team.",
];

/** Outcomes when the customer left no contact details: the loop closes with the team. */
export const FOLLOW_UP_OUTCOMES_NO_CONTACT = [
  "No contact details; shared the comment with the team at huddle.",
  "Couldn't reach the customer; fixed the queue issue they raised.",
  "Anonymous feedback; added to this month's store review.",
];

export const KUDOS_MESSAGES = [
  "Passing this on – a customer called you out by name. Thank you!",
  "This is exactly the service we want every customer to get. Great work, team.",
  "Lovely feedback from a customer this week. Well done, everyone.",
  "Shared at the regional call: this is what good looks like.",
];

/** Replaces `{staff}` with a first name from the serving team. */
export function fillComment(template: string, staffFirstName: string): string {
  return template.replaceAll("{staff}", staffFirstName);
}
