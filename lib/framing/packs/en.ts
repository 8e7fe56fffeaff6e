/**
 * English refusal framing. Rules describe how refusals are phrased in support replies in general —
 * a subject on our side with a negated modal, a negated permission word, a limit, a demand on the
 * customer, blame, deflection, lecturing, a closed door, a charge — and the exceptions describe
 * negations that are not refusals. Every example sentence here was written for this file.
 */
import { defineRules } from '../define';
import type { FramingPack } from '../types';

const classes: Record<string, string> = {
  /** One-word negated auxiliaries, with and without the apostrophe. */
  nt: `can't | cannot | cant | won't | wont | don't | dont | doesn't | doesnt | aren't | arent | isn't | isnt |
       shan't | mustn't | wouldn't | wouldnt`,
  /** Any negation that can deny an action or a permission. */
  negation: `@nt | not | never | unable | nor | no longer`,
  /** Our side as the subject: we, I, our team, the company. */
  us: `@we | @i | (the | our) (dev | development | support | tech | technical | sales | billing | service | delivery | booking | front-desk)? (company | bank | team | store | shop | office | clinic | studio | support | staff | agents | drivers | courier | couriers | system)`,
  /** Things we might give, do or allow: what a refusal denies. */
  serve: `accept | accepts | allow | allows | offer | offers | offered | provide* | deliver* | ship | ships | refund* | return | returns |
          exchange* | issue | issues | give | gives | grant* | support | supports | cover | covers | arrange* | handle |
          handles | process | processes | send | sends | install* | repair* | replace* | extend* | lend | lends | rent |
          hold | holds | keep | keeps | waive* | permit* | approve* | guarantee* | disclose* | release* | remove |
          reduce* | lower | prescribe* | cater* | discuss* | answer* | respond* | reimburse* | compensate* | transfer* |
          unlock* | restore* | reverse* | cancel* | do | does | make | makes | take | takes | sell | sells | book |
          reschedule* | reopen* | reinstate* | expedite* | speed | honour* | honor* | credit | forward | reissue* |
          exempt* | host | hosts | store | stores | work | serve | serves | fix | visit | attend | collect | pick | deal | chase | roll | carry |
          let | lets | stock | stocks`,
  /** Words of permission and entitlement that a negation turns into a refusal. */
  permit: `allowed | permitted | possible | available | included | covered | supported | accepted | offered | provided |
           payable | guaranteed | refundable | warranted | upheld | eligible | entitled | bound | authorised | authorized | grounds | option |
           given | granted | issued | approved | valid | applicable | transferable | exchangeable | negotiable | able |
          liable | responsible | obliged | obligated | permissible | accessible | an option | in a position | something we |
          redeemable | returnable | cancellable | cancelable | changeable | amendable | extendable | combinable | usable | reusable |
          bookable | claimable | recoverable | reversible | binding`,
  /** Past participles, regular and the common irregular ones, for passives ("are not made"). */
  pp: `*ed | *en | made | done | held | kept | sent | paid | met | left | lent | sold | shown | told | run | set | put | bought |
       brought | built | cut | dealt | found | given | granted | heard | let | lost | read | said | seen | spent | split | taken |
       thrown | undone | upheld | won | withdrawn`,
  /** Rules and documents a refusal cites. */
  policy: `policy | policies | terms | conditions | tcs | agreement | contract | clause | section | rules | rule |
           regulations | regulation | wording | guidelines | procedure | procedures | law`,
  /** Money that can be charged. */
  cost: `fee | fees | charge | charges | charged | penalty | penalties | fine | fines | surcharge | cost | costs | excess |
         interest | deposit | commission`,
  /** The customer named by role, as policies name them: "buyers must", "paid by the guest". */
  party: `customer | customers | buyer | buyers | purchaser | purchasers | guest | guests | tenant | tenants | renter | renters |
          hirer | hirers | passenger | passengers | traveller | travellers | traveler | travelers | client | clients |
          sender | senders | recipient | recipients | holder | holders | cardholder | cardholders | policyholder | policyholders |
          subscriber | subscribers | member | members | patient | patients | student | students | parent | parents |
          applicant | applicants | participant | participants | attendee | attendees | visitor | visitors | resident | residents |
          user | users | owner | owners`,
  /** Someone else the customer could be sent to. */
  other: `bank | banks | insurer | insurers | insurance | provider | providers | isp | carrier | carriers | courier | couriers |
          airline | airlines | seller | sellers | vendor | vendors | merchant | merchants | manufacturer | manufacturers |
          landlord | landlords | venue | organiser | organizer | operator | operators | retailer | hotel | host | employer |
          school | university | department | authorities | authority | council | embassy | post | postal | gp | doctor |
          pharmacy | registrar | administrator | admin | it | developer | publisher | partner | agency | agent | broker |
          marketplace | platform | network | government | police`,
  /** Getting something wrong: how a reply pins a mistake on the customer. */
  wrongly: `wrong | incorrect | incorrectly | wrongly | invalid | incomplete | inaccurate | outdated | mistakenly | improperly |
            mistyped | misspelled | misspelt | by mistake | by accident | accidentally | without checking | without reading`,
  /** Something concrete we did for the customer: "I've reset it", "we booked", "I switched your order". */
  fixed: `reset | unlocked | unblocked | fixed | restored | re-enabled | enabled | reactivated | activated | sent | resent | re-sent | updated | extended |
          switched | moved | merged | linked | added | changed | corrected | cleared | removed | refreshed | reissued | issued | renewed | verified |
          approved | whitelisted | credited | refunded | repaired | replaced | reconnected | reinstated | rebooked | booked | arranged | upgraded |
          installed | reinstalled | configured | released | lifted | applied | scheduled | rescheduled | reserved | ordered | asked | escalated | raised |
          contacted | called | emailed | forwarded | attached | created | opened | set | put | turned | adjusted | generated | resolved | sorted |
          migrated | split | spread | waived | refunded | found | organised | organized | requested | passed | flagged | upgraded | held | kept | made`,
  /** The same, still to do: "I'll reset it", "we will book". */
  fix: `reset | unlock | unblock | fix | restore | enable | reactivate | activate | send | resend | update | extend | switch | move | merge | link |
        add | change | correct | clear | remove | refresh | reissue | issue | renew | verify | approve | credit | refund | repair | replace | reconnect |
        reinstate | rebook | book | arrange | upgrade | install | release | lift | apply | schedule | reschedule | reserve | order | ask | escalate |
        raise | contact | call | email | forward | attach | create | open | set up | turn | adjust | generate | resolve | sort | migrate | split | spread |
        waive | find | organise | organize | request | pass | flag | hold | keep | make | check | look | chase | get | give | offer | cover | pay`,
  /** Others who can do it instead: a partner, the courier, the front desk. */
  helper: `@other | driver | drivers | technician | technicians | engineer | engineers | team | store | shop | branch | warehouse | depot | desk | reception |
           concierge | colleague | colleagues | manager | staff | office | lab | workshop | nurse | specialist | locker | lockers | pharmacist | crew`,
  /** The customer not managing to do something: "can't", "couldn't", "haven't been able", "didn't get". */
  unable: `can't | cannot | cant | can not | couldn't | couldnt | could not | unable | (not | aren't | arent | weren't | werent | wasn't | wasnt | never) (been)? able |
           (haven't | havent | hadn't | have not) been able | (didn't | didnt | did not | haven't | havent | hasn't | don't | dont | do not | never) (still)?
           (get | got | receive | received | see | seen | find | found | hear | heard | manage | managed)`,
  /** Devices and software: their faults are described, not refused. */
  device: `router | modem | phone | app | page | site | website | browser | terminal | printer | server | system | player |
           button | link | laptop | computer | device | camera | card reader | reader | screen | update | version | file`,
};

const exceptions: FramingPack['exceptions'] = [
  {
    id: 'en.reassure.worry',
    pattern: `(@nt | not | no) (worry | worries | hesitate | panic | stress) | no (problem | problems | trouble) | not at all | no need`,
    examples: { match: ["Don't worry, your photos are safe.", 'No problem at all, glad it worked.'], noMatch: ["We don't refund digital items."] },
  },
  {
    id: 'en.no-cost',
    pattern: `(@negation | @neg) (be | been | get | yet)? (charg* | bill | billed | billing | penalised | penalized) |
              (@nt | not | never) (take | ask for | request | collect) any (payment | money | fee | deposit) |
              (@you | you'll | you're) (@negation | never) (have to)? (pay | paying) | (@nt | not | nothing) (cost | costs) |
              (no | zero | without | nothing) ..2 (@cost | extra) | free of charge | at no (extra | additional)? (cost | charge)`,
    examples: {
      match: ["You won't be charged for the second box.", 'There is no extra fee for weekend delivery.', "You won't pay anything for the visit.", "Your card hasn't been charged yet.", "We won't take any payment until the work is done."],
      noMatch: ['The late fee applies from tomorrow.'],
    },
  },
  {
    id: 'en.no-need',
    pattern: `(@nt | not | never | no longer) (need | needs | have to | has to | have got to | have any (limit* | restriction* | cap)) | no need |
              (nothing | anything) ..3 (need | have) to do | nothing to (do | worry) | (@you | you're | youre) ..2 (not | no longer) (required | obliged) |
              (no | nothing) ..3 (is | are | be)? (needed | necessary | required)`,
    examples: {
      match: ["You don't need to reinstall anything.", "You won't have to fill in the form again.", 'There is nothing you need to do.',
              'No new photos are needed for the claim.'],
      noMatch: ["We don't send replacement parts.", "We don't have any rooms left for Friday."],
    },
  },
  {
    id: 'en.no-harm',
    pattern: `@negation be left (without | alone | behind | out | waiting | stranded) |
              (@negation | nothing | never) (be | been | get | gets | have | has | will | was | is | ever)? (affect* | lose | lost | delete* | disappear* | expire* | reset | wipe* | harm* | damage* | break | happen | hurt | hurts | sting) |
              (doesn't | won't | will not | does not | nothing will | nothing) (change | changes) ($ | your | anything | for you | at all) |
              (nothing | none | neither) ..3 (lost | deleted | affected | changed | wiped | missing) |
              (@negation | never) (be | been)? (shared | sold | disclosed | stored | passed on | kept on file) | never (be | been)? (transferred | handed over) |
              (@nt | not) (expect | anticipate | foresee) ..3 (delay* | problem* | issue* | change* | disruption* | outage* | trouble) |
              nothing (bad | terrible | awful | serious | harmful | dangerous) (will | would | can | could | is going to)? (happen | go wrong | break)`,
    examples: {
      match: ["Your saved playlists won't be affected.", 'Nothing was deleted when the plan changed.', "It won't happen again.", "We don't expect any more delays on your line.", 'Your files are never transferred outside the EU.', 'Nothing terrible will happen if the battery runs flat.'],
      noMatch: ["We can't restore deleted files.", "We can't change the date of the booking."],
    },
  },
  {
    id: 'en.privacy',
    pattern: `never ..3 ask* (you)? (for)? (it | them | this | that) | (@negation | never | nobody | no one | none) ..5 (ask* | share* | sell* | pass* | disclose* | store* | request*) ..5 (pin | password | passwords | code | codes | details | data | third | advertisers | advertising | card |
              recording | recordings | information | info | personal | photos | documents | location | history | messages)`,
    examples: {
      match: ['We never ask for your password by email.', "We don't share your data with third parties.", 'None of our agents will ever ask for your PIN.', 'We never store recordings of your calls.', 'Keep the code to yourself; our agents will never ask for it.'],
      noMatch: ["We don't store old invoices."],
    },
  },
  {
    id: 'en.conditional',
    pattern: `(if | unless | until | whether | should | once | when | in case) ..6 (@negation | no | nobody | nothing)`,
    examples: {
      match: ["If the page doesn't load, send me a screenshot.", "In case the code doesn't arrive, reply here."],
      noMatch: ["We can't extend the trial."],
    },
  },
  {
    id: 'en.instruction',
    pattern: `^ (please | and | just | so | also)? (don't | dont | do not | never) | please (don't | dont | do not | never) | don't forget | remember`,
    examples: {
      match: ["Please don't reply to the automated message.", "Don't forget to bring your ID."],
      noMatch: ["We don't accept cash."],
    },
  },
  {
    id: 'en.question-request',
    pattern: `^ (why | couldn't | could | would | can't | can | won't | will | don't | wouldn't | isn't) ..12 $ |
              (could | would | can | will) you ..6 $ | why not | would you mind`,
    examples: {
      match: ["Couldn't you come in on Tuesday instead?", 'Why not try the lighter plan first?'],
      noMatch: ["We can't move your slot."],
    },
  },
  {
    id: 'en.idiom',
    pattern: `(@nt | not) (wait to | wait for | wait $ | agree | thank | thanks | believe | imagine) | couldn't (be | agree) | no worries | not just |
              (@nt | not) take (long | much | more than | a minute) | (@nt | do not) want | (nothing | anything) wrong |
              not only | not a problem | not bothering | not a duplicate | not something you | nothing wrong | not your fault |
              no (trouble | rush | hurry) | (@nt | not) (sure | certain) | (@nt | not | never) mind | make (sense | a difference) |
              @negation (at all)? (your | anyone's | anybody's) fault | (@nt | not | never) (ever)? (let | letting) (you | u) down | (can't | cannot) miss (it | us | the) |
              (@nt | not | never) (ever)? too late | (@nt | will not | not) (keep | hold) (you | u) | take up (any | more)? ..2 your time |
              (@nt | not) have (better | good | happier | nicer) news | never (close | closes | sleep | sleeps) |
              (can't | cannot) (recommend | praise | stress | emphasise | emphasize | thank) ..4 enough | (can't | cannot) beat |
              (@nt | not | never) (close | mark) ..3 (ticket | case | request | chat | conversation) ..3 until | (can't | cannot) tell you how (glad | happy | pleased | grateful | much | sorry)`,
    examples: {
      match: ["We can't wait to see you again!", "It's not just your account — the outage is regional.", "We won't let you down on the day.",
              "It isn't your fault at all.", "It's never too late to switch plans.", "I won't keep you any longer — enjoy the trip!", "I can't recommend the family plan enough.", "You can't beat the price on this one.", "I won't close the ticket until you confirm it works.", "I can't tell you how glad I am that it worked!", "We don't mind resending the parcel.", 'I never mind a second look at a contract.'],
      noMatch: ["We can't wait any longer for the documents.", "It's too late to switch plans this month."],
    },
  },
  {
    // Our own care, not a refusal: "I'd rather not guess", "we'd prefer not to speculate until the report is in".
    id: 'en.caution',
    pattern: `(rather | prefer | prefer to | preferred) not (to)? (guess | guessing | assume | speculate | risk | rush | gamble | promise | make promises | take (any)? (chances | risks) |
              give (you)? (a | any)? ..1 (wrong | false | inaccurate | vague | misleading))`,
    examples: {
      match: ["I'd prefer not to speculate about the cause until the lab report is in.", "We'd rather not take chances with a fragile parcel."],
      noMatch: ["We'd rather not offer refunds on custom orders."],
    },
  },
  {
    // "We'd rather not wait, so I've sent the spare today": holding back for the customer's sake, then acting.
    id: 'en.rather-so-we-act',
    scope: 'sentence',
    pattern: `(rather | prefer | prefer to) not ..8 so (i've | we've | i | we | i'll | we'll | i have | we have) (already | just | also)? (@pp | asked | sent | booked | called)`,
    examples: {
      match: ["We'd rather not keep you waiting, so I've sent the spare part today."],
      noMatch: ["We'd rather not keep you waiting."],
    },
  },
  {
    // The customer's problem told back to them: "I understand you can't log in", "it sounds like you aren't able to pay".
    id: 'en.describing-customer',
    pattern: `((i | we) (can | do | fully | totally | completely | now | already | really)? (understand | see | gather | hear | heard | notice | noticed | realise | realize) |
              sounds like | seems like | looks like | it seems | it appears | sorry to hear | sorry that | from what (you | you've) (say | said | describe | described) |
              (you | you've) (mentioned | mention | said | say | wrote | write | told us | told me | explained | reported | report | described | noted | note | let us know))
              (that)? (like)? (you | you're | youre | you've | u) (still | also | now | just)? @unable`,
    examples: {
      match: ["I understand you haven't been able to top up the card.", "You said you couldn't get through to the depot.", "It sounds like you still can't reach the checkout page."],
      noMatch: ["Please understand you can't smoke in the rooms.", "It looks like you aren't eligible for the discount.", "You can't bring food into the hall."],
    },
  },
  {
    // "You can't log in because the password expired, so I've reset it": the cause of the customer's problem, then our fix.
    id: 'en.customer-cause-fixed',
    scope: 'sentence',
    pattern: `(you | you're | youre | you've | u) (still)? @unable ..8 (because | since | as | due to | after | until | while) ..
              ((so | and | which is why | that's why) (i | we) (just | already | now | also)? @fixed | (i've | we've | i have | we have) (just | already | now | also)? @fixed |
               (i'll | we'll | i will | we will) (now | also)? @fix)`,
    examples: {
      match: ["You couldn't open the report because the link had expired, so I've sent a fresh one.", "You can't see the refund yet as the bank holds it for a day — I've asked them to release it."],
      noMatch: ["You can't open the report because the link has expired.", "You can't return the shoes because they were worn."],
    },
  },
  {
    id: 'en.describing-fault',
    pattern: `@device ..2 @negation ..1 (work* | open* | load* | start* | connect* | respond* | show* | appear* | turn | switch | recogni* | support* | accept* | sync* | update* | print* | charge | charging | display* | run | running | reach* | read) |
              (i | we | i'm | we're | im) ..1 (@nt | not | never | couldn't | could not) (see | find | reproduce | locate | trace) |
              (doesn't | does not | didn't | did not | won't | isn't | wasn't | aren't | weren't) (load* | open* | show* | appear* | respond* | connect* | work* | arrive* | update* | sync*)`,
    examples: {
      match: ["The app doesn't open after the update — we're fixing it.", "I can't see the payment on our side yet."],
      noMatch: ["We don't repair phones bought elsewhere."],
    },
  },
];

const wayForward: FramingPack['wayForward'] = [
  {
    id: 'en.way.but-we-can',
    // After a contrast: we, the customer or someone else can do something, or we already did ("but I've switched it").
    pattern: `(but | however | instead | though | although | alternatively | meanwhile | otherwise | what | yet) ..10
              (i | we | you | i'll | we'll | you'll | i've | we've | i'd | we'd | there | there's | it | they | our | @helper) ..4
              (can | could | will | may | happy | glad | welcome | available | free | open | able | arrange* | offer* | send | sent | added | set | booked | reserved | upgraded | credited | passed | @fixed) |
              (but | however | instead | though | although | alternatively | meanwhile | yet) ..10 (i'll | we'll | i will | we will | let me | i'd like to | i'm going to | we're going to) (also | gladly | happily)? @fix`,
    examples: {
      match: ["We can't refund the fee, but I can move your booking to May.", "The blue one is sold out; instead, we've reserved the grey one for you.",
              "We don't stock that size, but I've ordered one from our other branch.", "We can't fit it today, however the workshop can take it on Thursday.",
              "The lounge is closed, but I'll book you a table in the café.", "We can't refund the deposit; however, I rebooked your stay for June at no charge."],
      noMatch: ["We can't refund the fee.", "We don't stock that size, and the other branch is out too."],
    },
  },
  {
    id: 'en.way.instead',
    pattern: `instead | what i can do | what we can do | the good news | happy to`,
    examples: { match: ['What I can do is send a new code today.'], noMatch: ['That is not possible.'] },
  },
];

const rules = defineRules('en', [
  // Lecturing and repeating.
  {
    id: 'as-i-said',
    kind: 'lecture',
    pattern: `as (i | we | you) ..2 (already | previously | before)? ..1 (explained | said | mentioned | wrote | stated | told | informed | advised | noted | pointed) |
              as (previously | already | clearly)? (explained | stated | mentioned | advised) | (already | previously) (explained | told you | said) |
              for the (second | third | last) time | (already | previously) (answered | replied to | responded to | clarified) (this | that | your) |
              (already | previously) (explained | told | informed | advised) (you | this | that) |
              (read | review | check | study) ..6 (carefully | thoroughly | properly | before (ordering | booking | buying | contacting | writing | signing)) |
              (explained | told you | said | mentioned | written | answered) ..3 (twice | repeatedly | more than once | (two | three | four | several | many | multiple) times) |
              made (it | this)? (very | perfectly | quite | abundantly)? clear | @you (need | have) to (read | review | familiari*)`,
    examples: {
      match: ['As I already explained, the trial cannot be extended.', 'As previously stated, refunds take ten days.', 'I have already answered this question twice.',
              'Please read the rental agreement carefully.', 'I have explained this three times now.', 'It was made clear at checkout that the item ships from abroad.',
              'You need to read our returns policy.'],
      noMatch: ['As you mentioned, the screen flickers at night.', 'I explained the options to my colleague.', "I've already told the courier to call you first."],
    },
    exceptions: [`as you (mentioned | said | wrote | described | noted)`],
  },
  {
    id: 'please-understand',
    kind: 'lecture',
    pattern: `(please | you (must | need to | have to | should)) understand | (we | i) (would)? (also)? (like to)? (remind | point out) |
              (must | have to | need to) (remind | point out | stress) | refrain from | rules are rules |
              (simply | just) how (it | the | this | things) | (this is | that's | that is | it's) (just)? how (the | our)? (system | it | this | process | policy | things) (works | work) |
              (those | these) are the rules | the rules are | strict ..3 (policy | rule | rules) | per my (last | previous | earlier) (email | message | reply) |
              (@you) (should | must) (read | check | review | familiari*) | next time ..4 (read | check | double-check | make sure | pay attention | be careful) | (intended | expected | correct | normal | standard) behavio* |
              (it's | it is | this is | that's | that is) (clearly)? (stated | written | explained | mentioned | described | displayed | shown) (in | on) |
              (that's | that is | this is | it's | it is) (a | an | our)? ..2 (requirement | regulation) | (we | i) note your (dissatisfaction | concern | concerns | complaint | frustration | comments) |
              (improper | incorrect | careless | wrong) (use | usage | handling | installation | operation) | misuse |
              working as (intended | designed | expected) | by design`,
    examples: {
      match: ['Please understand that our staff are very busy.', 'This is the intended behaviour of the editor.', 'We would like to remind you that the deadline has passed.', 'It is clearly stated on the booking page.', 'The scratches come from improper handling of the case.'],
      noMatch: ['I understand how frustrating this is.', 'Thanks for pointing this out to us!'],
    },
  },
  // Blame.
  {
    id: 'should-have',
    kind: 'blame',
    pattern: `@you (should | ought to | could | might | needed to | were supposed to) have | should've | shouldve | could've | (you | u) (were | was) supposed to |
              (you | u) ..2 (agreed | signed | accepted | acknowledged) | (your | you) (own)? (fault | mistake | error | doing) | (you | u) (made | make) (a | an)? ..1 (mistake | error) |
              on your (end | side) ..2 not (ours | us) | clearly (stated | described | explained | shown | marked | indicated | mentioned | written | displayed) |
              @you (*ed) ..4 yourself | (was | were) not (listed | declared | disclosed | submitted | provided | reported) |
              (were | was | been) (sent | notified | informed | warned | reminded | announced | communicated | published) ..6 (on | by | via | in) ..3 (# | advance | time | email | emails | newsletter | notice | website | letter)`,
    examples: {
      match: ['You should have checked the size chart before ordering.', 'The limits are clearly stated on the pricing page.', 'You confirmed the transfer yourself in the app.', 'The condition was not declared when you bought the policy.', 'You were supposed to cancel two days in advance.'],
      noMatch: ["It's not your fault — the form was confusing.", 'You could have the new card by Friday.', "There's no problem with your account — the error was on our side and it's fixed."],
    },
    exceptions: [`(@negation | not | never) (at all)? (your | you) ..2 (fault | mistake)`, `could have (it | the | your | them | a) | (you | u) could have ..2 (by | on | in | today | tomorrow)`],
  },
  {
    id: 'you-got-it-wrong',
    kind: 'blame',
    pattern: `(you | u | you've | youve) (have | must have | may have)? (entered | selected | chose | chosen | picked | typed | gave | given | provided | used | filled | ordered |
              booked | bought | sent | installed | set | specified | put | made | clicked | uploaded | connected | wrote | paid) ..4 @wrongly |
              (you | u) ..1 (ignored | disregarded | overlooked | misread | misunderstood | missed the (deadline | cut-off | window | payment | appointment)) |
              (was | were | been) (filled | filled in | entered | completed | typed | given | provided | specified | used | installed | submitted) ..3 @wrongly |
              because (you | u) ..6 (didn't | did not | failed | forgot | ignored | used | entered | chose | selected | gave | provided | missed | wasn't | weren't | were not | was not | @wrongly) |
              @you (were | have been | had been) (informed | notified | warned | told | advised | reminded | made aware) |
              (due to | caused by | because of) (your | the customer's | customer) (own)? (error | mistake | negligence | misuse | failure) |
              (mistake | error | fault | problem | issue) (was | is | lies | lay) on your (side | end) | clearly (say | says | state | states | explain | explains | show | shows)`,
    examples: {
      match: ['You entered the wrong card number.', 'You selected the wrong size when ordering.', 'This happened because the form was filled in incorrectly.',
              'The error occurred because you used an outdated version of the app.', 'You ignored the warnings in the app.',
              'You were informed about this at the time of booking.', 'The mistake was on your side.', 'The manual clearly says to unplug it first.'],
      noMatch: ['You entered everything correctly; the problem was on our side.', 'You chose the express option, so it will arrive tomorrow.',
                'You were given the wrong link by our agent — here is the right one.', 'Because your card expired, I have sent a link to add a new one.',
                'It looks like we sent the wrong size — a new one is on its way.', 'You will be notified when the parcel ships.'],
    },
    exceptions: [`(if | in case | whether | unless) ..3 (you | u)`, `(were | been) (informed | notified | told | advised | given) ..6 (correct* | right | rightly | by (our | my | us | me | mistake))`],
  },
  // Work put on the customer.
  {
    id: 'you-will-have-to',
    kind: 'burden',
    pattern: `(you | u) (will | would | shall)? (have | need) to (contact | call | write | raise | wait | pay | return | send | go | visit | apply | arrange | take | submit | bring | reapply | book | buy | cover | find | ask | speak | sort | get | make | do) |
              (you'll | youll | you'd) (have | need) to (contact | call | write | raise | wait | pay | return | send | go | visit | apply | arrange | take | submit | bring | reapply | book | buy | cover | find | ask | speak | sort | get | make | do) |
              (will | would)? (have | has | had) to be * ..5 (by you | by your | yourself | your own | your expense | your cost) |
              (at | on) your (own)? (cost | expense | risk) | yours to (bear | pay | cover) | (paid | borne | covered | payable) by you |
              (need | have) to wait | @you ..6 yourself $ | (up | down) to you to | onus | (burden | responsibility) (is | lies | rests) (on | with) you`,
    examples: {
      match: ["You'll have to contact the courier yourself.", 'Any price difference will have to be paid by you.', 'The parts are shipped at your own cost.'],
      noMatch: ["You won't have to pay anything for the repair.", 'You can reset it yourself in the app — it takes a minute.'],
    },
    exceptions: [`(if | when | once) ..4 (you | u | you'll) ..2 (have | need)`, `(you | u) can ..6 yourself`, `all (you | u) ..2 (have | need) to | (you | u) only (have | need) to`],
  },
  // "Have to" puts the work on the customer whatever the verb; "need to" only when they are left to do it alone.
  {
    id: 'you-have-to-any',
    kind: 'burden',
    pattern: `(you | u | you'll | youll | you'd | youd) (will | would | shall | still | then | just | simply | also)? (have | has) to * |
              (you're | youre | you are) (going | gonna) (to)? have to * | you've got to * |
              (you | u | you'll | youll | you'd) (will | would)? (also | still)? need to ..8 (yourself | on your own | in person | by yourself | from scratch | separately | directly) |
              it's (your | the customer's | the guest's) (job | task | duty) | (need | have) to (reorder | repurchase | rebook | reapply | resubmit | re-order | re-book | re-apply | re-submit | start over) | (it | this) (is | was) (your | the customer's) (job | task | duty) to`,
    examples: {
      match: ["You'll have to fill in the claim form again.", 'You would have to hire a plumber.', "You're going to have to call the bank.",
              'You will need to visit a branch in person.', "It's your job to check the parcel when it arrives.", "You'll need to reorder and pay again."],
      noMatch: ['All you have to do is click the link.', 'You only have to confirm your email once.', "You'll need your order number to track it.",
                "You don't have to be home for the delivery."],
    },
    exceptions: [`have to (forgive | excuse | pardon | bear with | try | check out | love | admit)`, `all (you | u) ..2 (have | need) to | (you | u) only (have | need) to | (if | when | once | whenever | in case) ..1 (you | u | you'll) ..1 (have | has | need | needs) to`],
  },
  // Work put on a role rather than on "you": "buyers must cover", "paid by the guest", "disputes need to be raised with the seller".
  {
    id: 'the-customer-must',
    kind: 'burden',
    pattern: `@party (must | shall | (is | are) (required | expected | obliged | obligated) to | (has | have | need | needs) to) |
              (need | needs | have | has | must) (to)? be (resolved | dealt with | sorted | sorted out | discussed | clarified | settled) (with | by) ..3 @other |
              (i'd | i would | we'd | we would | i'll | i will | we'll | we will | i | we) (have | need) to ask (you | u) to |
              (paid | borne | covered | payable | met | bear | bears | covered) by (the | a | each | every)? @party |
              @party (bear | bears | cover | covers | pay | pays) (the | any | all)? (cost* | expense* | fee* | charge* | postage | shipping | difference) |
              (need | needs | have | has | must) (to)? be (submitted | raised | directed | addressed | sent | made | filed | lodged | taken up | handled | requested | arranged | settled)
                (through | with | via | to | by | in) ..4 (@other | form | portal | writing | person | manager | team | website) |
              (have | has | need | needs | must | should) (to)? go through (your | their | the @other) | must (first | still) | (have | need | has | needs) to (first | still)`,
    examples: {
      match: ['Buyers must cover the cost of return shipping.', 'Return postage is paid by the customer.', 'Guests are expected to leave the key at reception.',
              'Any disputes need to be raised with the seller.', 'Complaints must be made in writing.', 'Any extra nights would have to go through your travel agent.',
              'To reopen the account, you must first settle the balance.', 'Any billing disputes need to be resolved with your card provider.', "I'd have to ask you to pay for the new part."],
      noMatch: ['Our customers love the new app.', 'The courier will collect it from your door.', 'Returns are free for members.'],
    },
  },
  // Deflection.
  {
    id: 'not-our-responsibility',
    kind: 'deflect',
    pattern: `responsib* | liabilit* | liable | discretion | (matter | issue | dispute) between | between you and |
              not (by us | ours | our (fault | problem | issue | decision | area | responsibility)) | on your end |
              (outside | beyond) ..3 (control | remit | scope | hands | responsib* | area) | out of our (hands | control) |
              (hands | hands are) tied | no (influence | control | say) | nothing to do with (us | me) | not (up | down) to (us | me) |
              (handled | decided | set | controlled | determined | managed) by (the)? * ..3 not (us | by)`,
    examples: {
      match: ["Once it leaves the depot, it is the carrier's responsibility.", 'This is a matter between you and the landlord.', 'Our hands are tied until the bank replies.', 'Lost luggage is not our responsibility.'],
      noMatch: ['I take full responsibility for the mix-up and have refunded you.', 'We are responsible for fixing this, and we will.', "Our liability cover means you won't pay for accidental damage."],
    },
    // Our side taking responsibility is the opposite of deflecting ("we're not responsible" is caught as a refusal).
    exceptions: [`(we | we're | we've | we'll | i | i'm | i've | i'll) ..3 responsib*`, `(take | accept | taking | accepting) ..2 responsib*`, `liabilit* (cover | insurance | protection | waiver)`],
  },
  {
    id: 'only-a-platform',
    kind: 'deflect',
    pattern: `(we | we're | is | are | just) (only | just | merely) (a | an) (platform | marketplace | intermediary | agent | reseller | middleman | broker)`,
    examples: { match: ["We're just a marketplace that connects buyers and sellers."], noMatch: ['It only takes a minute.'] },
  },
  // A closed door.
  {
    id: 'decision-final',
    kind: 'final',
    pattern: `(decision | answer | ruling | outcome | verdict) ..3 (is | remains | are) ..2 final | final (decision | answer) |
              (case | claim | ticket | complaint | matter | dispute | appeal | request) ..3 (has | have | was | is)? (been)? closed |
              (has | have | was | were | been | are | is | be) ..1 (refused | rejected | declined | denied | turned away) | final (say | word | decision) |
              under no circumstances | in no case | not (one of)? (the)? (accepted | valid | eligible | approved | acceptable) (reason | reasons | grounds | cause | causes) | no (more)? room (to | for) |
              regret to (inform | say | tell) | reserve the right | as far as (we're | we are | i'm | i am) concerned | (reviewed | considered | assessed | examined) ..3 (declined | rejected | refused | denied) |
              (unfortunately | regrettably | sadly) ..1 (declined | rejected | refused | denied) | (decided | chosen | chose) not to | (must | have to)? insist (that | on) | (no | not) ..2 (exception | exceptions) |
              (make | making) (an)? (exception | exceptions) | no (payment* | refund* | compensation | reimbursement* | credit*) ..3 (will | can | is | are | be) |
              not entitled | no grounds | not grounds | deemed |
              (considered | treated as | regarded as) (an | a | the)? (delivered | unauthori* | invalid | void | closed | abandoned | cancel* | final | breach | misuse | fraud* | withdrawn | expired | late) | no plans | decline* future |
              (will | shall) not (discuss | respond | reply | answer | engage | correspond) | (further | more) (tickets | messages | emails | correspondence | complaints | requests) ..4 (@negation | ignored)`,
    examples: {
      match: ['The decision is final.', 'Your request to change the name has been declined.', 'We regret to inform you that the claim is rejected.', 'Further emails about this will not be answered.', 'Under no circumstances can a used ticket be refunded.', 'A change of plans is not one of the accepted reasons for a refund.', 'Your request was reviewed and unfortunately declined.', 'We decided not to add dark mode to the free plan.', 'We must insist that the keys are returned today.', "The parcel shows as delivered, so as far as we're concerned the order is complete."],
      noMatch: ['Your new card has been sent.', 'We made an exception and extended your trial.'],
    },
    exceptions: [`(have | has | we've | i've) made an exception`, `(was | were | been) declined (because | due) ..6 (card | bank | payment)`],
  },
  {
    id: 'it-stands',
    kind: 'final',
    pattern: `(is | are | be | been) permanent | (is | are) final | (stands | stand) as | (remains | remain) (payable | due | outstanding) |
              (charge | fee | decision | penalty | fine | price | answer | bill | invoice | amount | assessment | ruling | grade | mark | transaction | payment | debt) (stands | remains | still stands) |
              @cost ..4 (therefore)? (stands | remains) $ |
              (decision | choice) ..6 (was | is | were | has been) (made | taken) by | (will not | won't | wont | doesn't | does not) change (the | our | that)? (outcome | decision | answer | result) |
              answer (is | remains) (still)? no | (answer | decision | position | outcome | assessment) (is | remains | stays) (still)? (the same | unchanged) |
              (charge | charges | bill | invoice | fee | fees | amount | calculation | billing) ..3 (is | was | are | were) (correct | accurate | valid | legitimate) |
              (stand by | maintain | uphold) (our | the | my) (original | initial | previous | earlier)? (decision | answer | assessment | position) | permanently (deleted | removed | closed | banned | suspended | lost | disabled) |
              (period | deadline | window | warranty | guarantee | time limit) ..3 (has | have)? (now)? (therefore)? expired`,
    examples: {
      match: ['After review, the late fee stands.', 'Writing again will not change the outcome.', 'The warranty period has expired.', 'The choice of venue was made by the organiser.', 'Our manager reviewed it again and the answer is the same.', 'The charge on your card is correct.', 'We stand by our original decision.'],
      noMatch: ['The offer is still open.', 'Your warranty runs until May.'],
    },
  },
  // Charges and losses.
  {
    id: 'fee-applies',
    kind: 'penalty',
    pattern: `@cost ..3 (appl* | payable | due | will be (added | deducted | taken | retained | kept | charged)) | (charged | billed) (in full | at | for every | per) |
              (is | are | be | been) (charged | billed) | without (a)? (refund | reimbursement | compensation) | non-refundable | nonrefundable |
              non-transfer* | non-negotiable | non-exchang* | non-return* | non-cancel* | non-amend* | non-chang* | forfeit* | (continue | continues) to (accrue | apply | be @pp) | accru* |
              (price | prices | rate | rates | fee | fees | terms | menu | schedule | amount) (is | are) (fixed | set) | deducted |
              @cost ..3 (has been | have been | was | were) (added | applied | charged | deducted) | (passed on | charged | billed) to (you | your) |
              (keep | keeping | retain | retaining | withhold* | withheld) (the | your)? (deposit | fee | payment | money | funds) |
              (will | would | may) result in | (we'll | we will | i'll | i will) (charge | bill | deduct | invoice) ..3 (full | penalty | replacement | late fee | cancellation fee) | (premium | premiums | price | prices | fee | fees | rate | rates | bill | cost | payment | payments) ..3 (will | is going to | are going to) (increase | go up | rise) |
              (deposit | prepayment | payment | fee) ..2 (is | are) (required | mandatory | compulsory) | (is | are) (mandatory | compulsory) | (reported | referred | passed) to (the)? (credit* | police | debt | collection* | authorit* | bailiff*)`,
    // "…but I've applied a credit": our applying something is not a fee applying.
    exceptions: [`(fully | device | phone | battery | laptop | tablet | scooter | car | it) ..3 (charged | charging)`, `(i | we | i've | we've | i have | we have) (just | already | also | now)? appl*`],
    examples: {
      match: ['A cleaning fee applies to every late checkout.', 'Missed sessions are charged in full.', 'The deposit is non-refundable.', 'Interest will continue to accrue on the balance.', "If the router isn't back by Friday, we'll charge the full replacement cost."],
      noMatch: ["You won't be charged for the replacement.", 'There is no fee for changing the date.', "The booking fee is waived, and I've applied a loyalty discount too."],
    },
  },
  // Limits.
  {
    id: 'only',
    kind: 'limit',
    pattern: `only (within | if | once | after | up to | until | when | for | to | on | from | during | with | in | at | by | via | between | before) |
              (is | are | be) only (*ed | *en | available | possible | valid | open | payable | due | eligible | allowed | permitted | offered | given) |
              (issued | apply | applies | valid | removed | refunded | returned | accepted | available | offered | provided | possible | eligible | permitted | allowed | granted | repair | repairs | hold | holds | cover | covers | deliver | delivers | ship | ships | open | serve | serves | issue | accept | accepts | offer | offers | work | works) ..3 only |
              only (repair* | deliver* | accept* | cover* | refund* | issue* | offer* | provide* | ship* | support* | hold* | allow* | permit* | serve* | apply | applies | process* | exchange* | work | works | valid | available) |
              (estimate | estimates | guide | guidance | indication | indicative | approximate) only | only $ | only (a | an)? (one | single) | no (more | later) than`,
    examples: {
      match: ['Refunds are only possible within 30 days of purchase.', 'The voucher is valid for one week only.', 'We only ship to addresses in the EU.', 'Compensation is only payable for delays over three hours.'],
      noMatch: ['It only takes a minute to set up.', "I've only just seen your message — sorry!", 'We reproduced the bug, and it appears only on older Android phones.'],
    },
    exceptions: [`(happens | happened | occurs | occurred | appears | appeared | shows | showed | affects | affected) ..2 only | only (takes | take | took | need | needs | just) | (not | if) only | only (one | a | an)? (minute | second | moment | click | step) | only (you | your) ..2 (need | have)`],
  },
  {
    id: 'citing-policy',
    kind: 'forbidden',
    pattern: `(under | per | as per | according to | in line with | in accordance with | pursuant to | based on | governed by | as stated in | set out in) ..4 @policy |
              @policy ..3 (prohibit* | forbid* | exclude* | do not | does not | don't | doesn't) | (prohibit* | forbid* | banned | excluded | exclusion* | (will | does | do) exclude | excludes) |
              (not | never | no longer) ..1 (allowed | permitted) | (is | are) (suspended | blocked | restricted | barred) | (blocked | suspended) (permanently | indefinitely) |
              matter of policy | company policy | our policy`,
    examples: {
      match: ['Under clause 9 of the contract, the deposit is kept.', 'Smoking is prohibited in all rooms.', 'Pets are excluded from this offer.', 'The refund excludes the original delivery charge.'],
      noMatch: ['Under the new plan you get twice the storage.', 'Your policy covers the repair in full.'],
    },
    exceptions: [`(under | per | according to | based on) ..4 @policy ..6 (covered | you get | you can | you're | included | free | we'll | we will)`],
  },
  // Not possible at all.
  {
    id: 'impossible',
    kind: 'forbidden',
    pattern: `impossible | not (possible | an option | feasible) | no (way | option | possibility | chance) | isn't an option | (isn't | aren't | not) (really)? a thing |
              (isn't | is not | aren't | there's not) (anything | much) (else | more)? (@we | we | i) (can | could) | (haven't | hasn't | have not | has not | weren't | wasn't) (been)? able to ..1 @serve |
              nothing (else | more | further)? (@we | @i | i | we) (can | could) | nothing (else | more)? (can | could) be done |
              (@nt | not) something (we | i | our | the) | not in a position | unable | out of the question | (not much | little) (we | i) can |
              under no obligation | no obligation to | no can do | not (gonna | going to) happen | ^ (no | nope) $`,
    examples: {
      match: ['It is not possible to merge the two accounts.', "There's no way to recover a deleted chat.", "A second voucher isn't an option, I'm afraid.", 'There is nothing else we can do.', "Sorry, refunds after 30 days aren't a thing here.", "There isn't anything we can do once the transfer is sent.", "We haven't been able to approve your request."],
      noMatch: ['It is possible to merge the accounts from Settings.', 'No worries, it happens!', "I haven't been able to reach you by phone, so I'm writing here."],
    },
  },
  // Negated permission: "isn't allowed", "are not covered", "no longer available".
  {
    id: 'not-allowed',
    kind: 'forbidden',
    pattern: `(@negation | no | neither | none of) ..2 @permit | (doesn't | does not | don't | do not | won't | will not) (fall | qualify | meet | fit | extend | include | apply to | make it)`,
    examples: {
      match: ["Weekend delivery isn't available in your area.", 'Water damage is not covered by the warranty.', 'The old tariff is no longer offered.', 'Second-hand items do not qualify for the discount.', 'Vouchers are not redeemable for cash.', 'Quotes given by phone are not binding.'],
      noMatch: ['The seat upgrade is available for free.', "You won't be charged, and your cover stays the same."],
    },
    exceptions: [`not ..2 (possible | able) ..3 (yet | right now)? ..2 (but | so)`, `(@you | you're | youre) ..2 (not | no longer) ..2 (required | obliged | obligated | responsible)`],
  },
  // Passive refusals: "can't be changed", "won't be refunded".
  {
    id: 'cannot-be-done',
    kind: 'forbidden',
    pattern: `(@nt | can not | will not | cannot | may not | must not | shall not | could not | couldnt | couldn't) be (*ed | *en | made | done | held | kept | sent | paid | met | left | lent | sold | shown | told | run | set | put | bought | brought | built | cut | dealt | found | given | granted | heard | let | lost | read | said | seen | shot | spent | split | taken | thrown | undone | upheld | won | withdrawn | available | possible | able) |
              (is | are | will be | can be | gets | get) never (*ed | *en) | never (been | be) (*ed | *en) | may not (re* | apply | use | be used | submit) |
              (is | are) (not | no longer | never) @pp | (isn't | isnt | aren't | arent) @pp`,
    examples: {
      match: ['The date cannot be changed after check-in.', 'The delivery fee won’t be refunded.', 'Gift cards can’t be exchanged for cash.', 'Bans are never lifted early.'],
      noMatch: ["You won't be charged twice.", "Your history won't be lost when you switch plans."],
    },
    exceptions: [
      `(be | is | are | isn't | aren't | not) (charged | billed | affected | lost | deleted | removed | cancelled | canceled | penalised | penalized | shared | sold | disclosed | disconnected | interrupted | delayed | reached | found | happier | long | required | needed | expected | obliged)`,
    ],
  },
  // Our side refusing: "we won't", "I can't", "we don't accept".
  {
    id: 'we-cannot',
    kind: 'cannot',
    pattern: `@us ..3 (@negation | have no | no longer) | nor (can | will | do | could) (@we | @i | i | we)`,
    examples: {
      match: ["We won't move the equipment before your session.", 'I can’t reduce the cancellation fee.', "We're not able to reopen the order.", 'We no longer support the old app.', 'Our couriers don’t deliver on Sundays.', "The dev team won't prioritise this request."],
      noMatch: ["We won't charge you for the second night.", "I can't wait to hear how it went!", "You don't need to print the ticket."],
    },
    exceptions: [
      `(@we | @i | i | we) (can't | cannot | couldn't) (wait | thank | agree | believe | imagine)`,
      `@us ..3 (not | never) only`,
      // "We never deduct anything without showing you photos": a promise, not a refusal.
      `never ..4 without`,
      // "The fault was in our cabinet, not in your flat": a contrast, not a refusal.
      `not (in | at | on | from | with | inside | outside | within | because | due) (your | the | our | my | a | an | any)`,
    ],
  },
  // Any subject refusing a service: "they don't deliver to PO boxes", "the policy doesn't cover it".
  {
    id: 'does-not-serve',
    kind: 'cannot',
    pattern: `(@nt | do not | does not | will not | cannot | no longer | never) ..1 @serve`,
    examples: {
      match: ['They don’t deliver to lockers.', "The basic plan doesn't cover theft.", 'The shop no longer sells spare lids.'],
      noMatch: ["The app doesn't open on my phone.", "Please don't send the original documents."],
    },
  },
  // Nothing left to offer.
  {
    id: 'unavailable',
    kind: 'limit',
    pattern: `sold out | out of stock | fully booked | booked up | (is | are | *'re | *'s) (full | gone) | (has | have) been (taken | booked) |
              subject to (availability | approval | stock | space | capacity) | only ..2 every |
              not (a)? part of (your | the | our)? (package | plan | tariff | contract | policy | deal | offer | service | subscription | booking | order | cover | membership | warranty) | (your | the) only (option | choice | way) | no (availability | slots | seats | spaces | places | rooms | tables | stock | appointments | capacity) | discontinued |
              (was | were | has been | have been) (withdrawn | retired)`,
    examples: {
      match: ['The workshop is sold out.', 'Unfortunately we are fully booked that weekend.', 'That model was discontinued in spring.'],
      noMatch: ['There are plenty of seats left on Friday.'],
    },
  },
  {
    id: 'too-late',
    kind: 'final',
    pattern: `too late | (deadline | cut-off | cutoff | window | period) ..2 (has | have)? (now | already)? (passed | closed | ended) | past the (deadline | cut-off | cutoff) |
              (offer | promotion | promo | sale | deal | campaign | discount | code | voucher | coupon) ..3 (has | have | is | was)? (now | already)? (ended | expired | over | void) |
              (is | are | becomes | became | was | were | has become) (void | invalid | null) | (done | tried | did) (everything | all) (we | i) (can | could) |
              (sale | sales) ..2 final | final sale | (have | has | had | must) to (decline | refuse | reject | deny) | @us ..3 (decline | declining | refuse | refusing | reject | rejecting | deny | denying) |
              (has | have) been (suspended | terminated | banned | revoked) | out of warranty | past (the | your)? ..2 (deadline | cut-off | cutoff | window | date)`,
    examples: {
      match: ["It's too late to change the delivery address.", 'The spring promotion has ended.', 'We have to decline your application.', 'All sales are final.',
              'The laptop is out of warranty.', 'The warranty became void when the case was opened.'],
      noMatch: ['The promotion runs until the end of May.', 'Your new code is valid for a month.', "It's not too late to join the course."],
    },
    exceptions: [`(not | never) (yet)? too late`],
  },
  // Threats: what will happen to the customer's things if they don't comply.
  {
    id: 'will-be-suspended',
    kind: 'penalty',
    pattern: `(will | would | may | could | shall) be (suspended | terminated | blocked | banned | cut off | deactivated | frozen | forfeited | disposed of |
              returned to (the)? sender | written off | sent to (collections | a debt collector)) | (you'll | you will | you would | you'd | youll) (lose | forfeit)`,
    examples: {
      match: ['Your subscription will be suspended if the invoice stays unpaid.', 'Items left after 7 days will be returned to the sender.', 'If you cancel now, you will lose the deposit.'],
      noMatch: ["You won't lose any of your photos.", 'Your parcel will be delivered on Monday.'],
    },
  },
  // "Access to the lounge is for Gold members", "closed to guests under 16", "we require a form before": limits without "only".
  {
    id: 'for-members',
    kind: 'limit',
    pattern: `(is | are) for (our)? ..1 (@party | gold | premium | vip | business | enterprise | platinum | adults | residents | staff | employees) (only)? $ |
              (closed | off-limits | off limits | out of bounds) to (@party | the public | children | kids | anyone | anybody | non-members | pets) |
              (require | requires | required | need | needs) ..8 before`,
    examples: {
      match: ['Access to the lounge is for Gold members.', 'The pool is closed to guests under 16.', 'We require a signed consent form before any treatment.'],
      noMatch: ['Free Wi-Fi is for all guests.', 'No deposit is required before booking.', 'We need about ten minutes before the call to set up.'],
    },
    exceptions: [`for (all | every | any) ..1 @party`, `(no | not | nothing) ..3 (require* | need*)`, `(we | i | i'll | we'll) need ..3 (minute* | moment | time)`],
  },
  // "Credit, not cash", "no bookings are taken by phone".
  {
    id: 'not-that-way',
    kind: 'limit',
    pattern: `(credit | voucher | vouchers | points | coupon) ..3 not (in)? (cash | money | a refund | refunds) |
              no (booking* | order* | payment* | request* | reservation* | return* | refund* | cancellation* | exchange* | appointment* | application* | claim* | complaint* | walk-ins)
                (is | are | will be | can be | be) (*ed | taken | made | given | held | kept | done) |
              (nothing | no rooms | no slots | no tables) (available | free) (until | before | for | this | today | on | in | at) |
              (all | every) ..3 (are | is) (booked | taken | occupied | full | reserved) (until | for | this | today | on | through)`,
    examples: {
      match: ['Refunds are given as store credit, not cash.', 'No bookings are taken over the phone.', 'There is nothing available until next month.', 'All our technicians are booked for the week.'],
      noMatch: ['No changes are needed on your side.', 'All your tickets are booked for the trip.', 'Every seat on your flight is reserved with extra legroom.'],
    },
    exceptions: [`(all | every) ..1 (your | you)`],
  },
  // The end of the conversation: "your appeal was unsuccessful", "no further correspondence", "that's just the way it is".
  {
    id: 'no-further',
    kind: 'final',
    pattern: `(appeal | application | claim | request | complaint | bid | dispute | objection) ..3 (was | has been | is | were)? (unsuccessful | not successful) |
              no (further | more) (correspondence | discussion | communication | extensions | exceptions) |
              stop (contacting | emailing | calling | messaging | writing to) | as far as (it | this | we | i) (can | could) (go | take it)`,
    examples: {
      match: ['Your appeal was unsuccessful.', 'No further correspondence will be entered into.', 'Please stop contacting our staff about this.'],
      noMatch: ['Your claim was successful, and the payment is on its way.', 'No further action is needed from you.'],
    },
  },
  {
    id: 'the-way-it-is',
    kind: 'final',
    // Written to start at a rare word ("way", "how"): a pattern is seeded at every word that can begin it.
    pattern: `way (it | things) (is | are) $`,
    examples: { match: ["I'm sorry, but that's just the way it is.", 'That is simply the way things are.'], noMatch: ["That's the way it works: tap Save and it syncs."] },
  },
  // "No refunds on sale items": a bare "no" before what a customer asks for.
  {
    id: 'no-such-thing',
    kind: 'forbidden',
    pattern: `no (refund | refunds | exchange | exchanges | returns | cancellations | compensation | reimbursement | reimbursements | replacements |
              extensions | substitutions | transfers | pets | smoking | walk-ins | early check-ins | late check-outs | outside food) |
              no-refund* | no-return* | no-exchange* | no-cancel* | (that's | thats | that is | it's | its | it is | answer is | answer remains) (a | still)? (no | nope) ($ | from)`,
    examples: {
      match: ['There are no refunds for partial months.', 'No exchanges on sale items, sorry.', 'We have a strict no-refund policy on tickets.', "Sorry, but that's a no."],
      noMatch: ['You will get a full refund, no questions asked.', "It's no trouble at all.", 'No extra fee applies to exchanges.'],
    },
  },
  // Nobody on our side will: "none of our stores stock it", "nobody here can override it".
  {
    id: 'nobody-here',
    kind: 'cannot',
    pattern: `(nobody | no one | none | neither) ..3 (@we | @i | here | team | staff | department | stores | shops | branches | agents | colleagues | managers | engineers) ..3
              (can | could | will | would | is | are | has | have | stock* | sell* | offer* | carry | carries | accept* | handle* | deal*)`,
    examples: {
      match: ['Nobody on our team can override the system.', 'None of our stores stock that model any more.', 'No one here is able to change the result.'],
      noMatch: ['No one else can access your files.', 'Nobody will call you without arranging it first.'],
    },
  },
  {
    id: 'afraid',
    kind: 'cannot',
    pattern: `(i'm | i am | im | we're | we are) afraid (that | we | i | the | it | this | there | your)?`,
    examples: { match: ["I'm afraid the last slot has been taken."], noMatch: ['Nothing to be afraid of: the update is safe.', "I'm afraid of nothing with you on the team!"] },
    exceptions: [`afraid of`],
  },
  {
    id: 'limit-of',
    kind: 'limit',
    pattern: `(a | the) (limit | maximum | cap) (of | is) | (maximum | most | best) (we | i) (can | could) | (can | could) only |
              (this | that) is as much as | (that's | this is | that is) (all | the most) (we | i) (can | could) |
              only (the | registered | verified | account | card | main | primary | adult | adults | authori* | named | listed) ..2 (can | may) |
              must be (*ed | *en | made | done | paid | sent | kept) | (fall | falls | fell) (outside | beyond) | (is | are) (outside | beyond) (the | our | your) |
              incur* | the (policy | terms | contract | agreement | rules) (states | say | says | stipulates | stipulate | requires | require | specifies) | against (our | the | company)? @policy |
              (will | can | may | shall | would) only (be)? | subject to | (is | are | be) (limited | restricted | capped) to | (has | have) been (capped | limited | restricted | throttled) |
              must (provide | bring | show | sign | pay | return | apply | submit | attend | visit | come | collect | request | book | contact | call | complete | present | be present | be made | be paid | be returned | be submitted | be received | be signed | be booked) |
              before (we | i) (can | could | will | are able | am able)`,
    examples: {
      match: ['There is a limit of two coupons per order.', 'We can only offer store credit.', 'Parcels must be returned in the original box.', 'Late cancellations incur a fee.', "I'm sorry, this is as much as I can do."],
      noMatch: ['The box can be recycled.', 'Only one step is left: confirm your email.'],
    },
    exceptions: [`only (one | a | an)? (minute | second | moment | click | step | thing)`, `must be (logged | signed | connected | charged | switched | turned)`, `can only (imagine | hope | apologi* | thank | say)`, `(will | can | may) only (need | take | cost | be a)`],
  },
  // Reserved for others, exclusively, solely: a limit stated without "only".
  {
    id: 'exclusively',
    kind: 'limit',
    pattern: `(exclusively | solely) (for | through | by | via | in | on | at | within | from | with | over | during | available | to (the | our)? @party) | (is | are) (reserved | restricted) (exclusively | only | strictly)? (for | to) ..2 (@party | partners | vip | vips | premium |
              business | enterprise | gold | platinum | those | people | accounts | holders | staff | employees | residents | adults) |
              strictly (for | by | within | to | on | limited)`,
    examples: {
      match: ['We accept returns exclusively through our online portal.', 'Support is provided solely by email.', 'Late checkout is reserved for loyalty members.',
              'Parking is strictly for residents.'],
      noMatch: ['Your table is reserved for 8 pm.', 'We made this offer exclusively for you.', 'The seats are reserved for you until Friday.',
                'The deposit is held solely to cover damage and comes back at checkout.'],
    },
    exceptions: [`exclusively (for | to) (you | u) | solely (responsible | to blame)`],
  },
  // Sent elsewhere without a pointer: "your provider is the one to ask", "that's down to the venue, not us".
  {
    id: 'ask-them-not-us',
    kind: 'deflect',
    pattern: `(is | are | be) the (one | ones | people | team | place | right (one | people | team | place | department)) to (ask | contact | talk to | speak to | call | go to | help) |
              beyond what ..3 (can | could) |
              not (to | by | with | from | for)? (us | me | we) $ | (that's | thats | that is | it's | its | it is | this is) (entirely | completely | all)? (down | up) to (the | their | your @other) |
              (prevents | prevent | stops | bars | forbids) (us | me) from | take (it | this | that | the matter | the issue | your complaint) up with | not (with)? (our | my) (network | system | service | side | end | product | equipment | platform | software | servers) |
              for (the | your | their) ..2 @other to (decide | say | confirm | approve | answer | sort out) | (our | my) (responsibility | liability | obligation | obligations | part) (ends | stops | ceases | ended)`,
    examples: {
      match: ['Your internet provider is the one to ask about this.', "That's down to the venue, not us.", 'The seller sets the return policy, not us.',
              "That's up to the airline.", 'Company policy prevents us from sharing it.', 'The fault is with your wiring, not our network.',
              'That would be for your landlord to decide.', 'Our responsibility ends at the front door.', "Sadly that's beyond what our team can do.", 'Your bank would be the right people to ask about the hold.', "It's the manufacturer's warranty, so please take it up with them."],
      noMatch: ["It's up to you which date suits best.", 'We are the ones to fix this, and we will.', 'This will prevent the error from coming back.'],
    },
  },
  {
    id: 'go-elsewhere',
    kind: 'deflect',
    pattern: `(contact | ask | call | reach | email | write to | speak to | raise * with | take * up with | get in touch with) (the | your | their) ..3 directly |
              direct (your | any | all | the) * to | (decision | choice | call | matter) ..3 (up to | down to | with) (the | your) |
              beyond (what (we | i) can | our | my) | (that's | thats | that is | this is | it's | its | it is) not how |
              not (the)? *'s $ | (is | are) (the)? *'s (obligation* | responsibility | duty | decision | call | problem) |
              not (a)? party to | (matter | issue | question) for (you | your) | (have | has) no (access | way | power | authority | ability | control | means) |
              (not | isn't | it's not | that's not) a (bug | fault | defect | malfunction)`,
    exceptions: [`(feel free | you're welcome | you are welcome | you can | you may) ..3 (contact | call | email | reach | write to | speak to)`],
    examples: {
      match: ['Please contact the airline directly.', 'That decision is up to the landlord.', "That's not how our refunds work.", 'Getting the deposit back is a matter for you and the previous tenant.', 'Front-desk staff have no access to the billing system.'],
      noMatch: ['You can reach me directly on this number.', 'Feel free to contact the engineer directly; his number is below.'],
    },
  },
  {
    id: 'you-failed',
    kind: 'blame',
    pattern: `(you | u) ..2 (failed | neglected | forgot) to | (you | u) (did not | didn't | didnt | never) (follow | read | check | provide | submit | include | attach | inform | notify | tell | declare | return | respond | reply | confirm | cancel | update)`,
    examples: {
      match: ['You failed to attach the receipt.', "You didn't follow the setup guide."],
      noMatch: ["If you didn't get the code, press Resend.", "You didn't do anything wrong."],
    },
  },
  // Whoever the subject, "can't" + a verb denies something: "your guest can't wait in the hall".
  {
    id: 'cannot-any',
    kind: 'forbidden',
    pattern: `(can't | cannot | cant | can not | may not | mustn't | must not) *`,
    examples: {
      match: ["Your guest can't wait in the lobby.", 'Children under five cannot join the class.'],
      noMatch: ["If you can't make it, just tell us.", "I can't see the transfer yet, so I've asked the bank."],
    },
    exceptions: [`(can't | cannot) (go | help | stress) (wrong | enough | but)?`],
  },
]);

export const EN_PACK: FramingPack = { lang: 'en', classes, exceptions, wayForward, rules };
