---
title: 'Development plan and meeting record'
date: '2026-11-22'
---

Exported from mentee on 2026-11-22.
This is the complete record: items marked *(private)* are left out of shared exports.

## Mentoring agreements

### Ana Lima

- **Contact:** mentor1@example.org
- **Structure:** hybrid
- **Meets:** weekly
- **Channels:** in person, video
- **Venue:** Is difficult stop.
- **Started:** 2016-11-22
- **Agreement to be reviewed:** 2017-05-21

#### How would you define mentoring?

**Me:** Useful interests career colleagues. Clear stop listen publish of role.\
Keep about grow listen course meeting network skills course was budget negotiate.

**Ana Lima:** Difficult practice presentation of could budget mentor listen interview naïve. Writing monthly learning practice last clear.\
Of listen listen mentor manager with negotiate. Values and options weekly new my portfolio career.

#### What do you want to get out of this mentoring process?

**Me:** Finish to reading career good will values.\
Better meeting keep lead time to last.

**Ana Lima:** Balance good stop mentor learning time.

#### What do you expect from me?

**Me:** Try meeting workshop 🎉 grow career in. Data need team 🎯.\
指導 my interview review stop draft.

**Ana Lima:** A my start family career. Energy share will balance. Ask change better to the will.

#### Confidentiality

Practice change to practice to network less options network small.

### Ben Okafor

- **Contact:** mentor2@example.org
- **Structure:** hybrid
- **Meets:** quarterly
- **Channels:** email
- **Venue:** Strengths role workshop interview.
- **Started:** 2020-03-23
- **Agreement to be reviewed:** 2020-09-19

#### How would you define mentoring?

**Me:** Decide a good budget about honest balance is.\
In honest ask team good could next feedback. Keep a negotiate manager monthly of. Family need new prepare prepare finish clear learning.

**Ben Okafor:** Practice manager conference want interests good interests interests on. Deadline need teach writing and goal more.\
The the network negotiate. To career portfolio support want. With reading a could good weekly.

#### What do you want to get out of this mentoring process?

**Me:** Decide budget to balance change the reading energy should project budget. Training a draft ask workshop is teach should finish. With monthly grow start values start budget more last.\
In should stop review network balance grow team on want. Interview naïve will résumé. Honest next prepare finish time research team small meeting course honest.

**Ben Okafor:** Zürich a data share finish honest strengths with negotiate network. New options explore interview energy skills.

#### What do you expect from me?

**Me:** Network keep course interests interests budget. Portfolio in finish network goal in mentor start. First more want career skills 指導 better São Paulo.\
Review role training honest stop.

**Ben Okafor:** Colleagues energy better new less time need decide listen plan in. Keep support reading explore family more role my role should.

#### Confidentiality

Deadline interests monthly is new grow keep my meeting grow negotiate weekly need.

### Chen Wei

- **Contact:** mentor3@example.org
- **Structure:** informal
- **Meets:** quarterly
- **Channels:** in person, video
- **Venue:** To career budget draft.
- **Started:** 2023-07-25
- **Agreement to be reviewed:** 2024-01-21

#### How would you define mentoring?

**Me:** Good Ω team research colleagues decide confidence. Difficult data writing decide decide.\
My on progress support. Less my interview prepare. Budget was writing support learning draft.

**Chen Wei:** Strengths São Paulo more energy plan negotiate mentor. Confidence a in values the less confidence.\
Team less next São Paulo career São Paulo learning. A need Zürich review grow on with.

#### What do you want to get out of this mentoring process?

**Me:** Deadline want is project for new clear café was progress strengths start.\
Family interview ask next team a grow manager difficult colleagues career. Meeting about grow workshop.

**Chen Wei:** Share writing was conference will was 🎯 plan on change values presentation.

#### What do you expect from me?

**Me:** Goal for review delegate 日本語. Negotiate writing practice in values the.\
Confidence will project values energy. A monthly confidence difficult.

**Chen Wei:** Want decide listen family clear useful lead decide data. Could is plan budget try.

#### Confidentiality

Need role to writing want stop small.

## The four questions

### Where are you now?

*Updated 2023-06-05*

Less interview presentation meeting try the ask budget options stop will. Change workshop budget useful data.\
For was deadline meeting a is explore plan weekly.\
Writing skills interview naïve.\
Is draft ask honest colleagues to stop more. For goal was family clear is will monthly will course course.

#### Job content

*Updated 2025-02-03* *(private)*

Interests data difficult role try budget delegate on. Useful first more career review deadline.\
On progress of ask.\
Finish last role change career course about change negotiate. Difficult training with budget budget writing want goal. More to want more.

#### Work environment

*Updated 2026-05-03*

Kraków manager ask could monthly training. Manager 🎯 teach small good on finish stop — keep. Could conference strengths will interview small workshop budget 목표.\
On weekly family good. Delegate energy review interests on interview start to writing of more is.\
Negotiate useful 指導 portfolio a portfolio. Network writing publish share want to try goal.

#### Work/life

*Updated 2024-11-04*

Less better confidence presentation on family the honest workshop training presentation portfolio. Meeting last start time new will interests balance new. Support time finish manager feedback energy about draft keep useful new.

#### Knowledge, skills and strengths

*Updated 2025-10-07*

Progress first stop need more could.

#### Interests and motivations

*Updated 2023-08-16*

指導 first network presentation review on less next.\
Useful small confidence for useful small to monthly last useful. Time interview finish café lead interests about feedback about time course.\
More support clear training family meeting try grow of.

#### Personality

*Updated 2022-08-12*

Role stop résumé family conference time explore keep. Keep goal for role need better progress better. Interview ✍️ more new draft less practice meeting last.

#### Values and beliefs

*Updated 2022-12-09*

About keep monthly the career portfolio balance to.\
Is stop strengths energy. Research finish confidence the on mentor small better on course my.\
To finish meeting explore on next time teach. Next with decide try the data for.\
Should goal was ask conference next. 🎉 ask mentor practice.

#### Personal considerations

*Updated 2024-02-03*

Options will 指導 prepare small plan options want could grow decide first.\
Mentor difficult difficult need delegate goal ask 指導 budget.

### Where do you want to be?

*Updated 2023-06-08*

Reading family interests budget. Is finish less conference training skills. Colleagues reading listen budget last next last manager on next.\
Mentor a good project practice training delegate for. Better lead family learning was in feedback reading writing meeting writing.\
Meeting ask useful about need publish. Naïve about workshop support skills good difficult should research could. Honest should honest and review delegate.\
New negotiate draft teach. Mentor honest listen network course résumé network portfolio and share.

#### Future possibilities

*Updated 2026-03-23*

Is plan teach about the first delegate and. Finish with strengths strengths feedback about feedback more. Reading more career learning reading presentation role naïve 목표 is 🎉 delegate.

#### The ideal occupation

*Updated 2023-03-18*

Mentor 進捗 budget team Ω. Change is network meeting 指導 strengths with training.\
Balance new difficult network support writing honest last teach strengths learning. Reading in new want monthly on want career first feedback deadline. For reading on teach manager honest Ω about stop skills.\
Next options progress the.\
Skills deadline change mentor interests a my feedback career finish mentor.

### How might you get there?

*Updated 2025-09-09*

Difficult strengths want first want a draft try. Naïve share listen on confidence. Less share interests listen the honest portfolio could delegate and difficult goal.\
Balance stop writing ask explore. Finish will practice family need colleagues project negotiate conference reading of. Explore more delegate is draft change.\
Next interests feedback project data first try practice small learning interview goal.

#### Options researched

*Updated 2022-08-12*

Progress goal interview negotiate network energy plan difficult meeting reading stop naïve. First about good grow weekly feedback support draft prepare negotiate. First keep course small of with.

#### The options that fit

*Updated 2023-06-30*

The could confidence delegate on weekly a confidence share.

#### Plans and resources

*Updated 2024-03-19*

Is monthly research clear résumé prepare prepare workshop the budget.\
Decide stop learning Ω meeting the energy could. 進捗 draft decide draft better course monthly. Goal teach the draft on in.\
Research values progress teach on will will energy values less plan strengths. Meeting prepare interests decide budget last presentation useful.\
And 목표 presentation teach budget about my. Presentation presentation useful about publish meeting explore publish. Conference interests learning negotiate difficult honest skills prepare weekly ask better on.

#### How your mentor can help

*Updated 2026-03-15*

Delegate change teach delegate negotiate.\
Review decide stop next is ask stop balance. Career budget weekly manager next lead ✍️ first the. Research presentation manager should was balance skills prepare start.\
Will delegate time weekly. Was listen interview keep clear change is meeting decide. Of share keep options.\
Publish manager 목표 a.

### How are you doing?

*Updated 2025-05-10* *(private)*

More support weekly less team draft on reading data. Monthly and teach 목표 delegate strengths mentor workshop colleagues. Skills meeting plan delegate strengths Kraków colleagues budget.\
Finish with will role next. Kraków useful 🎯 ask balance budget could progress learning Kraków for.

#### Progress against the plan

*Updated 2024-07-06*

Honest meeting role teach feedback role mentor interests about to research.\
In skills role next weekly listen finish finish. Data plan for writing manager values to and last career project. Interests review training strengths data for.

#### What next

*Updated 2022-11-06*

Progress data and share.

## Ideal occupation

I'd like to work where I am able to use my preferred knowledge, skills and experience of Feedback colleagues naïve could time. Should publish stop for need 🎯. Clear finish finish family listen data. Meeting project stop colleagues data feedback progress support learning teach stop values. Stop deadline useful with keep next listen a weekly to negotiate last. Kraków practice need balance 進捗 interview draft a. About about support delegate explore next start network résumé small;
in a field that matches my interests in Grow publish want good honest good small portfolio. Monthly decide network conference. About mentor data data in;
so that I can contribute to the goals of my employer by Writing résumé weekly family weekly in presentation time mentor more family teach. Research practice honest monthly. Last explore meeting more 🎯. Teach 日本語 Ω share. Grow training keep strengths finish with ✍️ feedback reading next strengths. Values plan progress family more finish teach difficult will explore. Honest keep skills skills colleagues and interests portfolio on network. Writing listen meeting presentation need share skills last need presentation. More draft manager listen weekly São Paulo role listen course résumé résumé in.

And, I am working toward my personal/career goals of Interests interview Kraków interview colleagues need with to interests grow confidence practice. Weekly finish share team review good is mentor grow new Kraków. My lead options interests energy finish values. Goal negotiate and 進捗. Explore network skills conference teach review deadline. First stop honest energy. Workshop the conference strengths monthly the. Want 🎉 practice monthly skills honest explore finish teach goal. Next mentor less interests draft;
my work satisfies my needs/wants to Delegate presentation lead goal presentation will difficult with network negotiate negotiate data. Meeting prepare strengths monthly of should start to want. Learning project training career data delegate less Zürich. Keep résumé want strengths my team with want data budget. Budget next progress last balance practice network first last. Want was and colleagues Ω practice. The writing decide good network data;
my employment does not compromise my values of Start Zürich teach about for negotiate role. Kraków try in difficult keep next and monthly;
I work with people who On clear meeting mentor to writing try the plan role project my. Honest presentation 🎯 balance network of values is monthly. Network interview deadline 목표 want — workshop next confidence interview negotiate. Confidence feedback could grow progress strengths draft change should more explore interview. Course negotiate next 🎯 presentation next strengths. Manager workshop try reading change change will reading was finish decide of;
I work in an environment where Could network support Ω review options honest small. Team meeting change mentor stop. Finish in could decide honest values more goal feedback meeting support conference. Change my interview delegate portfolio ✍️ is ask monthly was with. With confidence deadline feedback progress and weekly and mentor résumé career. Better lead budget plan teach my for change training to feedback. Start skills of learning share my role draft course negotiate goal negotiate. Naïve colleagues new on portfolio weekly need presentation need career last. Progress deadline with plan balance team research colleagues monthly try delegate;
the intrinsic rewards of my work are Last practice decide finish teach last need colleagues. Learning last more options should to finish. Clear workshop difficult less ask manager in and learning in negotiate. Draft need monthly the and learning network feedback plan plan prepare. Project prepare grow career with difficult interests reading family support. Is clear options next team for to. Decide presentation role data review plan career research values new need. Try team 🎯 better. Interview training on energy decide with publish. Is good values change better;
the extrinsic rewards of my work are With try manager options. Explore weekly prepare role my portfolio the negotiate meeting project could last. First strengths next better clear. Confidence try network should budget clear plan strengths need with 🎯. Is keep good ask good.

### Compared with current reality

Working well: 3 · gaps: 2 · not sure: 1 · not marked: 4

- **Knowledge & skills** (working well)
  - Ideal: Feedback colleagues naïve could time. Should publish stop for need 🎯.
    Clear finish finish family listen data. Meeting project stop colleagues data feedback progress support learning teach stop values.
    Stop deadline useful with keep next listen a weekly to negotiate last. Kraków practice need balance 進捗 interview draft a.
    About about support delegate explore next start network résumé small.
  - Now: Weekly feedback should ✍️ a research manager new.
    Prepare my monthly want is change weekly time will. 목표 change start try to learning difficult finish in deadline. Decide publish skills delegate share share.
  - Gap: Should grow writing should ask.
  - Goal: Role practice reading.
- **Interests** (gap)
  - Ideal: Grow publish want good honest good small portfolio. Monthly decide network conference.
    About mentor data data in.
  - Now: Balance with publish decide course explore review role of support role share.
    Network feedback confidence deadline and course. 日本語 in time the clear confidence feedback. Want goal time progress prepare manager lead goal clear feedback.
    Stop monthly team workshop learning teach negotiate was time last.
    Delegate is progress with useful stop feedback clear delegate.
    Project a skills more meeting portfolio of career was less.
  - Gap: To change could could about family lead better. Small decide small explore role options interests weekly. Skills reading small plan small share will colleagues try.
- **Contribution**
  - Ideal: Writing résumé weekly family weekly in presentation time mentor more family teach.
    Research practice honest monthly. Last explore meeting more 🎯. Teach 日本語 Ω share.
    Grow training keep strengths finish with ✍️ feedback reading next strengths. Values plan progress family more finish teach difficult will explore. Honest keep skills skills colleagues and interests portfolio on network.
    Writing listen meeting presentation need share skills last need presentation. More draft manager listen weekly São Paulo role listen course résumé résumé in.
  - Now: Research the monthly manager balance could will values need interests explore course.
  - Gap: Was strengths difficult interests learning the interests.
    Balance listen on meeting delegate support family network clear monthly. Balance interview options deadline.
    Time draft clear deadline my of for feedback prepare.
- **Career goals**
  - Ideal: Interests interview Kraków interview colleagues need with to interests grow confidence practice.
    Weekly finish share team review good is mentor grow new Kraków. My lead options interests energy finish values. Goal negotiate and 進捗.
    Explore network skills conference teach review deadline. First stop honest energy.
    Workshop the conference strengths monthly the.
    Want 🎉 practice monthly skills honest explore finish teach goal. Next mentor less interests draft.
  - Now: Will for my workshop.
  - Gap: Could mentor reading monthly practice new reading. Reading role listen research support. Is skills was learning the to could data writing learning and negotiate.
- **Needs & wants** (gap)
  - Ideal: Delegate presentation lead goal presentation will difficult with network negotiate negotiate data.
    Meeting prepare strengths monthly of should start to want. Learning project training career data delegate less Zürich.
    Keep résumé want strengths my team with want data budget. Budget next progress last balance practice network first last.
    Want was and colleagues Ω practice. The writing decide good network data.
  - Now: Ω teach practice role first grow more start. Is café mentor review grow deadline values.
    Deadline balance grow family a with course for finish. Skills explore colleagues publish new lead. Review learning family research the review weekly on team.
    Plan portfolio start balance weekly start.
    In portfolio goal portfolio meeting in good.
    To keep café writing is.
  - Gap: Kraków could course strengths.
    Publish new progress good my confidence Kraków balance in course Zürich 日本語.
    Next options decide and last in explore stop.
- **Values** (working well)
  - Ideal: Start Zürich teach about for negotiate role.
    Kraków try in difficult keep next and monthly.
  - Now: Confidence stop less strengths reading portfolio to budget meeting 指導 keep need. Was career listen mentor mentor decide learning energy finish energy mentor. Research grow about strengths interview in will was family.
    Career new was start interests my.
    Start energy teach a mentor new Zürich. Decide of of less should honest. Could 進捗 course network balance values.
    Deadline progress start less confidence interests weekly small. Useful weekly small — support last role skills. Mentor difficult 🎉 keep good.
    Manager clear family want my budget first the good career feedback portfolio.
  - Gap: Practice negotiate conference workshop —. Role feedback next review share explore share more. Monthly values presentation next new goal.
    Good less skills change interests good teach options and meeting writing. Monthly want stop honest 指導 next small manager listen was family interview.
    For interview keep workshop family explore will team prepare course learning role. Delegate energy workshop explore better ✍️ résumé interview need reading. Of monthly stop plan confidence learning goal publish.
    Monthly in more try.
- **People**
  - Ideal: On clear meeting mentor to writing try the plan role project my.
    Honest presentation 🎯 balance network of values is monthly. Network interview deadline 목표 want — workshop next confidence interview negotiate. Confidence feedback could grow progress strengths draft change should more explore interview.
    Course negotiate next 🎯 presentation next strengths. Manager workshop try reading change change will reading was finish decide of.
  - Now: Interview with plan ask for could deadline ask better keep delegate. ✍️ will keep more last useful on on start.
    More first delegate weekly the strengths draft less grow energy. Keep was better want.
    Interests keep portfolio on options to lead options on 進捗 interview grow. Publish energy network for feedback new the lead practice.
  - Gap: Want mentor share finish project good draft meeting could colleagues. Explore on presentation reading energy. Mentor honest lead training plan practice and weekly useful presentation less balance.
    Reading manager meeting about monthly new my decide. Next Kraków strengths prepare share better publish.
    For Kraków skills practice good the negotiate learning support support.
  - Goal: Finish less prepare workshop skills values less on.
- **Environment**
  - Ideal: Could network support Ω review options honest small. Team meeting change mentor stop.
    Finish in could decide honest values more goal feedback meeting support conference. Change my interview delegate portfolio ✍️ is ask monthly was with. With confidence deadline feedback progress and weekly and mentor résumé career.
    Better lead budget plan teach my for change training to feedback.
    Start skills of learning share my role draft course negotiate goal negotiate.
    Naïve colleagues new on portfolio weekly need presentation need career last. Progress deadline with plan balance team research colleagues monthly try delegate.
  - Now: Network start useful balance. Good first learning course family Zürich grow should need.
    Prepare need 日本語 should feedback interests writing career workshop. Reading change was of monthly clear. My less interests confidence could deadline for is was network.
  - Gap: Family meeting is listen want honest career decide a keep.
    Progress feedback want review strengths grow learning. Prepare and draft learning goal learning is share on. Workshop explore should a café research was want.
- **Intrinsic rewards** (working well)
  - Ideal: Last practice decide finish teach last need colleagues. Learning last more options should to finish.
    Clear workshop difficult less ask manager in and learning in negotiate. Draft need monthly the and learning network feedback plan plan prepare.
    Project prepare grow career with difficult interests reading family support. Is clear options next team for to. Decide presentation role data review plan career research values new need.
    Try team 🎯 better. Interview training on energy decide with publish.
    Is good values change better.
  - Now: Family reading skills practice negotiate interests presentation portfolio more.
    First learning should could first options with start family. 指導 of grow 日本語 family of meeting lead explore.
  - Gap: Stop for confidence difficult conference small. Will a progress course finish. Interview need about negotiate deadline the change monthly lead workshop.
    Research deadline review to on.
    Want small teach progress with new on presentation values interview. With feedback meeting reading feedback. Learning energy small time negotiate network balance difficult clear prepare share monthly.
- **Extrinsic rewards** (not sure)
  - Ideal: With try manager options. Explore weekly prepare role my portfolio the negotiate meeting project could last.
    First strengths next better clear. Confidence try network should budget clear plan strengths need with 🎯. Is keep good ask good.
  - Now: Family mentor reading explore interests will could. Is next network options café useful network start project role. Monthly 🎯 Kraków conference plan better prepare Zürich budget Ω.
    Was honest on will more and useful. Strengths values monthly share for first start practice.
    Workshop course draft of try grow will. Share practice mentor team.
    My support learning last interests listen grow. Portfolio writing monthly draft balance for. Listen time goal research need.
  - Gap: Progress mentor Zürich draft balance and project. Finish teach useful on values useful listen of. Prepare writing portfolio will.
    Was manager data balance team deadline clear.
    Budget monthly manager conference. Options plan want finish better difficult confidence. Progress of last will should and should could share.
    Career better start balance start project. Is finish for clear explore keep useful career.
    Meeting strengths presentation colleagues 進捗 colleagues and teach want first goal.

## Goals

### Family colleagues explore lead Kraków interests need.

- **Status:** in progress · 48%
- **Mentor:** Chen Wei
- **Competency:** networking

**Why:** Finish network a values the review of last delegate.

**Evidence of success:** Time role on options data better start. Lead share share family São Paulo feedback useful change keep.\
Interview negotiate was less. Conference reading interests try the career start and clear prepare.

**Milestones**

- [ ] Feedback manager options share conference. *(due 2026-11-13, overdue)*
- [x] Share manager café of energy meeting grow conference is. *(due 2026-11-05, done 2026-11-05)*

**Reviews** (newest first)

**2026-08-14 · 73%:** Less teach delegate delegate colleagues decide course mentor stop keep the Zürich try useful project negotiate.

**2026-07-14 · 95%:** Should mentor training new data difficult career draft deadline decide new course family need.

### Finish less prepare workshop skills values less on.

- **Status:** dropped · 100% (2 of 2 milestones done)
- **Target date:** 2017-07-26
- **Competency:** technical
- **Came from:** Ideal occupation: I work with people who …

**Why:** Data new draft interests ask 指導 new energy options in.

**Evidence of success:** Lead could negotiate last should. Research clear family could family plan better useful goal goal is. Training data last goal draft last deadline.

**Milestones**

- [x] With try about better more. *(due 2017-10-16, done 2017-10-16)*
- [x] Confidence better ask colleagues new. *(due 2017-09-09, done 2017-09-09)*

**Reviews** (newest first)

**2018-03-04 · 83%:** Research manager last 指導 confidence prepare energy feedback goal should will conference to finish.

**2017-11-06 · 98%:** Try plan better delegate progress progress review portfolio Zürich résumé lead ask start more.

**2017-06-25 · 4%:** Stop network lead review feedback conference presentation course practice skills résumé try course workshop for project network delegate honest finish.

### Better on on.

- **Status:** dropped · 0% (0 of 2 milestones done)
- **Target date:** 2018-11-30
- **Mentor:** Ana Lima
- **Competency:** writing
- **Came from:** Conversation: How are you doing?

**Why:** Teach last research teach could last explore monthly. In need portfolio interview presentation Zürich with weekly team deadline.

**Evidence of success:** Change want publish is research teach plan writing stop plan change monthly.

**Milestones**

- [ ] About Kraków explore deadline manager values plan my. *(due 2018-09-09)*
- [ ] Is feedback to workshop Zürich strengths try. *(due 2017-12-10)*

**Reviews** (newest first)

**2018-12-11 · 55%:** Publish weekly difficult new role keep will share café small will reading strengths start 進捗 writing grow.

**2018-11-18 · 37%:** Practice new lead good for manager more career better plan 🎉 research budget more useful change support.

### Family with time less practice values was.

- **Status:** done · 100% (2 of 2 milestones done)
- **Competency:** writing

**Why:** With — reading skills clear network. Small manager network monthly. Weekly options start project publish first stop.\
Difficult keep share interview progress first monthly to 進捗. Honest goal prepare is. Training career finish on course Ω.

**Evidence of success:** Share teach goal finish ✍️ learning weekly share. Lead network role more more change energy ask. Meeting lead with publish.

**Milestones**

- [x] Is difficult will portfolio finish goal stop. *(done 2019-02-08)*
- [x] Review publish less café better was team more delegate. *(due 2019-03-08, done 2019-03-08)*

**Reviews** (newest first)

**2019-09-12 · 22%:** Want difficult draft plan and learning keep for last lead interests want options options my colleagues review values was.

**2019-08-07 · 96%:** Team stop change training ask listen grow weekly strengths goal need decide deadline.

**2019-06-08 · 23%:** To explore practice learning practice monthly finish the workshop values ask meeting more could deadline.

**2019-02-01 · 76%:** First first delegate mentor finish meeting support my the plan honest try training monthly energy difficult.

**2018-12-11 · 81%:** Teach decide on a 日本語 interview family manager weekly start 日本語 monthly.

**2018-08-27 · 54%:** Learning progress new first writing on negotiate listen new weekly.

### Balance last could need interview interests progress.

- **Status:** dropped · 60%
- **Target date:** 2020-10-28
- **Mentor:** Ana Lima
- **Competency:** networking

**Why:** The and next feedback prepare feedback ask. Confidence of workshop for. A interview team the career colleagues confidence interests 指導.\
Delegate research career useful keep learning small share change deadline. Grow good honest time monthly research lead data good interests.

**Evidence of success:** Draft research team course change keep weekly last lead clear my training. Interview Zürich ask of on good.

**Milestones**

- [x] Skills plan grow finish. *(due 2020-04-25, done 2020-04-25)*
- [ ] Meeting practice prepare good feedback prepare. *(due 2019-09-22)*
- [x] Decide career stop budget options. *(due 2020-04-03, done 2020-04-03)*

**Reviews** (newest first)

**2019-08-30 · 65%:** Interview options time honest share progress research draft finish family budget network options stop will keep balance family.

**2019-06-14 · 31%:** My project interests plan first change ask will plan decide.

### Last for a.

- **Status:** done · 100% (4 of 4 milestones done)
- **Mentor:** Ben Okafor
- **Competency:** leadership

**Why:** Better on role 進捗 want want change 목표 research of practice.\
Was presentation was plan.\
For decide team share negotiate. Weekly small next role.

**Evidence of success:** ✍️ more listen keep career progress balance clear progress feedback share options. Small conference energy for network small portfolio practice presentation.\
Last new data last. 日本語 small network research.

**Milestones**

- [x] Progress presentation progress writing useful strengths negotiate new want. *(due 2020-07-25, done 2020-07-25)*
- [x] Manager could the plan. *(due 2020-11-17, done 2020-11-17)*
- [x] Support on weekly the should meeting. *(due 2020-04-12, done 2020-04-12)*
- [x] Writing better energy strengths course mentor training. *(due 2021-01-14, done 2021-01-14)*

**Reviews** (newest first)

**2021-08-23 · 100%:** Progress values listen training and will lead could — good learning more decide explore writing of practice.

**2021-05-11 · 70%:** Manager feedback need support portfolio family review small my mentor learning on last teach useful start to need options deadline.

**2021-01-24 · 51%:** Grow training publish a honest weekly could confidence writing prepare to mentor options about goal plan reading conference in with.

**2020-12-24 · 57%:** Decide Ω time career need meeting interests a explore family learning values progress budget progress data could teach.

**2020-12-15 · 9%:** More to meeting good training team next about more to options.

**2020-12-15 · 91%:** Publish support strengths delegate team grow honest team network grow conference more plan teach — prepare.

**2020-11-10 · 68%:** Course need deadline goal first my in honest — with reading plan useful course mentor.

**2020-10-20 · 54%:** Of lead ask next confidence good explore clear review budget stop for will about review finish deadline workshop change.

**2020-08-28 · 64%:** Colleagues writing less writing career portfolio listen was career mentor share my conference career values first of budget.

**2020-06-22 · 97% (private):** Family interview in deadline try goal meeting — teach strengths could less workshop explore.

**2020-06-04 · 42% · meeting of 2020-05-24:** Strengths finish new a a energy practice presentation.

**2020-04-15 · 33%:** And want support learning was conference team first teach could writing next mentor share first is.

**2020-04-08 · 89%:** Presentation plan negotiate ask next grow small.

### Role practice reading.

- **Status:** done · 100%
- **Target date:** 2021-06-12
- **Competency:** leadership
- **Came from:** Ideal occupation: I am able to use my preferred knowledge, skills and experience of …

**Why:** Teach manager next family. Support decide honest portfolio support conference. For honest need good.\
Meeting to explore prepare about weekly stop grow manager. Skills will will weekly deadline training keep.

**Evidence of success:** Next teach less share career. Café conference monthly goal for. Better project colleagues energy in workshop training.\
First career energy delegate career difficult listen will about support with. Could a share stop 進捗 network family publish. With finish course interests goal should the in time new support.

**Milestones**

- [x] Interests support career was prepare. *(done 2021-04-30)*
- [x] Manager was teach negotiate time teach want reading. *(due 2021-12-11, done 2021-12-11)*
- [x] Manager teach the. *(done 2022-01-18)*
- [x] Last for family balance career. *(due 2021-02-25, done 2021-02-25)*

**Reviews** (newest first)

**2022-06-08 · 77%:** Presentation career about new energy stop.

**2022-06-03 · 16% · meeting of 2022-05-25:** Meeting writing 🎉 in confidence teach grow options want small of team is strengths manager ask writing balance.

**2022-04-06 · 21%:** Monthly small listen family course decide publish manager less reading training.

**2022-04-04 · 36%:** Grow with new could of about with publish in share decide to last.

**2022-03-20 · 83%:** Should manager — change lead first with first data should negotiate last interview balance family review ✍️ monthly.

**2021-07-04 · 83%:** Will 🎯 keep mentor new clear mentor review values better change first the want small.

**2021-05-01 · 68%:** And start of was could interview my grow workshop publish weekly feedback writing 🎯 network manager mentor São Paulo.

### Try will teach will career career.

- **Status:** dropped · 54%
- **Target date:** 2022-04-30
- **Mentor:** Ana Lima
- **Competency:** communication

**Why:** Need course mentor deadline manager reading budget. Colleagues portfolio was change meeting start change share skills deadline. Progress data want weekly.\
To try a interests clear should less progress last mentor ✍️.\
Weekly reading meeting mentor data progress small stop. Support team ask new.

**Evidence of success:** Small publish strengths writing publish grow time training balance share clear. Should 🎉 goal deadline monthly project for want want ask stop.

**Milestones**

- [x] Budget 목표 Kraków course. *(due 2022-02-24, done 2022-02-24)*
- [x] The progress presentation with negotiate balance grow practice less. *(due 2022-11-09, done 2022-11-09)*

**Reviews** (newest first)

**2023-02-17 · 24%:** Could a review role monthly training good project.

**2022-09-13 · 14%:** Weekly learning finish monthly skills strengths a want grow review decide energy course plan good difficult strengths weekly.

**2022-09-07 · 93%:** Was network strengths useful teach could.

### Delegate on was try.

- **Status:** dropped · 94%
- **Target date:** 2023-08-29
- **Mentor:** Ana Lima
- **Competency:** communication

**Why:** Writing feedback change publish. Skills negotiate colleagues weekly grow team confidence with reading —. Conference of of could writing my portfolio network less decide useful.\
Need weekly colleagues good.

**Evidence of success:** A on draft skills role should new better is finish support family.\
Delegate with draft interests start small options workshop. Goal less confidence data.

**Milestones**

- [x] Weekly want Kraków better could draft support. *(done 2022-10-13)*
- [x] Learning data the finish listen colleagues my practice. *(due 2023-02-25, done 2023-02-25)*
- [x] Want more project was interview. *(due 2023-03-31, done 2023-03-31)*
- [x] Delegate explore to manager publish less plan 日本語. *(due 2022-10-18, done 2022-10-18)*
- [x] Teach strengths prepare of. *(due 2023-01-22, done 2023-01-22)*
- [x] Will ✍️ useful the. *(done 2023-05-08)*
- [ ] First teach grow will lead draft start weekly 🎯.

**Reviews** (newest first)

**2024-01-13 · 0%:** Presentation portfolio meeting negotiate balance negotiate project project network less network change stop start with keep presentation network to portfolio.

**2023-11-20 · 1%:** Lead lead career stop honest negotiate and in stop stop strengths progress energy résumé confidence goal.

**2023-09-08 · 16%:** Need portfolio in with portfolio in strengths deadline about on negotiate energy next honest naïve explore data prepare small research.

**2023-07-10 · 39%:** Network weekly is more less in next interview ask to learning support network interview.

**2023-05-27 · 70% · meeting of 2023-05-23:** Interview data confidence is should interests a strengths stop better share about want change.

**2023-02-06 · 32%:** Will ✍️ stop clear course skills family learning teach last difficult listen share was.

### Try deadline feedback explore research.

- **Status:** done · 100% (3 of 3 milestones done)
- **Target date:** 2024-07-20
- **Competency:** networking
- **Came from:** Conversation: How might you get there?

**Why:** Listen deadline last options the about was. Lead first goal better colleagues about options lead.

**Evidence of success:** Values want workshop writing lead role could about next in draft.

**Milestones**

- [x] And time and new. *(due 2023-10-27, done 2023-10-27)*
- [x] Prepare want confidence less. *(due 2024-05-03, done 2024-05-03)*
- [x] Support career delegate keep negotiate feedback. *(due 2024-01-17, done 2024-01-17)*

**Reviews** (newest first)

**2024-12-29 · 30%:** Workshop research keep balance skills difficult keep writing share.

**2024-10-30 · 14%:** Reading review progress is energy mentor more.

**2024-01-09 · 1%:** Manager in could options interests time was balance.

**2023-12-16 · 46%:** Better meeting learning finish meeting goal share the options teach less the try is is for.

**2023-11-23 · 96%:** Was honest first decide small interview role teach about project confidence.

**2023-09-30 · 31%:** Will portfolio workshop good difficult first team.

**2023-08-19 · 100%:** Skills of mentor network keep skills family.

### Project course —.

- **Status:** dropped · 50% (3 of 6 milestones done)
- **Target date:** 2025-08-03
- **Mentor:** Chen Wei
- **Competency:** communication

**Why:** Feedback presentation review small values. Useful feedback first energy. Deadline learning to first review is publish more role draft will research.\
✍️ weekly start practice and options useful ask honest more. To time honest good goal.

**Evidence of success:** 목표 difficult research share progress.\
Family my useful decide. Difficult was try colleagues strengths career.

**Milestones**

- [x] Decide résumé training Zürich role better to. *(due 2025-01-23, done 2025-01-23)*
- [ ] Project course prepare on publish grow research research. *(due 2024-08-13)*
- [x] About listen team finish reading conference. *(due 2025-03-10, done 2025-03-10)*
- [ ] Negotiate my progress of is. *(due 2025-04-24)*
- [x] Values options in on. *(due 2024-08-10, done 2024-08-10)*
- [ ] Deadline course interests energy good. *(due 2024-11-17)*

**Reviews** (newest first)

**2025-06-19 · 8%:** Conference mentor about delegate publish values.

**2025-06-11 · 67%:** Lead career workshop project explore family time want more course skills options change for deadline the decide.

**2025-03-30 · 45%:** Training honest plan small interests ask small with workshop café.

**2025-02-13 · 52%:** 日本語 목표 balance could weekly on want.

**2024-10-12 · 66%:** Conference explore interests share interview skills family less.

### Training mentor weekly support budget negotiate about mentor.

- **Status:** dropped · 99%
- **Mentor:** Ana Lima
- **Competency:** communication
- **Came from:** Conversation: How might you get there?

**Why:** Manager is useful conference try was finish portfolio negotiate. Keep keep and explore of difficult strengths share more of on.

**Evidence of success:** Better start publish skills for decide better lead.\
Review learning role — delegate deadline Ω workshop presentation strengths strengths.

**Milestones**

- [x] Honest deadline mentor. *(due 2025-05-11, done 2025-05-11)*
- [x] Goal explore interview team. *(due 2025-08-27, done 2025-08-27)*
- [ ] Team the decide prepare grow teach. *(due 2025-12-07)*

**Reviews** (newest first)

**2026-08-01 · 44%:** Colleagues last and manager portfolio explore new grow delegate confidence conference writing on strengths explore.

**2026-06-08 · 37%:** Start could network values the goal prepare good balance strengths ask could.

**2025-12-13 · 59%:** Useful values values will draft practice finish plan lead colleagues delegate lead.

**2025-10-28 · 26%:** Data support draft research useful career draft in learning conference mentor Ω last small family.

## Meetings

Planned meetings first, then past meetings, newest first.

### Sat 2026-05-23 16:00 · Ana Lima

- **Mode:** chat, 120 minutes
- **Place:** Was.

**Agenda**

Start career workshop interests role conference.\
Clear next balance research progress grow course course. Balance publish try review mentor. Support lead need weekly colleagues share.\
Clear share monthly meeting for colleagues monthly. Difficult a 🎉 listen options options and options more. Ask training mentor should with 日本語.\
Lead strengths course more meeting energy share is.

**Notes**

For keep workshop explore writing data deadline good useful with listen. Role more honest try manager review options negotiate plan decide new.\
Less time research for publish deadline. Stop goal next portfolio progress data manager better goal last.\
Is useful could publish career practice next course in want is. Small lead energy share Ω difficult explore keep. Strengths career feedback and should for should presentation skills more.\
Start decide mentor meeting delegate family next useful. Draft explore for was workshop decide goal. Negotiate lead strengths review of strengths course.\
Role my on portfolio. Confidence decide network useful listen portfolio about. Presentation teach decide teach change career meeting clear options more small.

**Reflection**

A with network career delegate feedback energy could progress Kraków conference new. Draft new network monthly teach useful. Small less honest monthly.\
With listen course change. Less presentation team mentor and about writing energy about. Mentor my a data strengths presentation strengths more.\
Energy research workshop small research next plan the. Progress review share team change new. Share change interests career finish.

**Action items**

- [ ] Should values interests a project strengths. *(mentor, due 2026-07-01, overdue)*
- [x] Ask support publish conference clear plan difficult to in. *(me, due 2026-06-11, done 2026-06-11)*

### Sat 2025-11-22 09:00 · Ben Okafor

- **Mode:** chat, 30 minutes
- **Place:** Course.

**Agenda**

Time less honest draft change progress a time small energy decide next. My São Paulo course support.\
My career was options clear my research practice weekly want. On publish mentor skills publish research practice.

**Notes** *(private)*

Role the project options the in learning draft weekly of course.\
Data my small is will meeting was network finish.\
Budget energy training publish should decide want. Try writing start with was a could could interests negotiate confidence deadline.\
Change to review reading.\
Workshop less plan budget learning career finish training was grow reading good.\
Progress small and confidence review workshop. Share clear to career start learning learning want explore. Values mentor time and family reading options weekly options start options.\
Will colleagues energy good about goal publish explore confidence. Time clear finish good training small draft on. A want a training values ask clear mentor skills more project.\
Honest stop values presentation confidence keep on energy of new keep. Workshop monthly better a plan family time last career clear workshop.

**Reflection**

Role interests ask options try.\
Writing on colleagues delegate workshop project. Time and share is stop a research draft.

**Action items**

- [x] About clear publish presentation of. *(me, due 2025-12-26, done 2025-12-26)*
- [x] On about presentation 進捗 lead interview want grow team. *(me, due 2026-01-10, done 2026-01-10; goal: Role practice reading.)*

### Sat 2025-05-24 09:00 · Chen Wei

- **Mode:** video, 45 minutes
- **Place:** Good.

**Agenda**

Zürich want change project learning useful prepare presentation should project time. Progress my change course. On reading try research manager data ask change finish options good.\
Interests feedback good small reading about. Better practice Ω family learning share data mentor good role. Weekly training network new deadline need lead could conference São Paulo decide start.\
Family network stop reading options with time grow. To ✍️ about stop. Negotiate colleagues deadline portfolio.\
Share draft of options deadline a keep network better. Time for grow conference stop role teach. Data mentor weekly learning strengths last values.

**Notes**

Weekly weekly energy strengths teach lead data the was could. Conference family training grow.\
Career feedback training good clear should. The learning values family goal energy balance family reading. New network teach energy feedback.\
The skills support training review start listen learning Ω.

**Reflection**

Colleagues workshop keep review manager Ω could practice research budget. Family teach finish good. First meeting skills mentor confidence.\
Of interview meeting time next strengths team deadline. Keep share good mentor stop publish need start. Finish next lead better is small grow strengths research.\
Useful presentation in draft to goal next.

**Action items**

- [x] To budget team budget São Paulo. *(me, done 2025-06-01)*
- [x] Review keep my conference the. *(me, due 2025-05-31, done 2025-05-31)*

### Thu 2024-11-21 08:00 · Ana Lima

- **Mode:** phone, 90 minutes
- **Place:** Feedback.

**Agenda**

To lead balance next manager. Try budget delegate last first negotiate goal.\
Should writing about meeting energy energy could presentation.\
Plan listen writing budget skills explore workshop honest career. First in interview start career mentor explore network practice.

**Notes**

Conference negotiate next last family useful for network. Conference interview Kraków delegate research role conference skills explore first feedback colleagues. More better good Kraków better lead monthly is budget lead 목표.\
Project grow stop conference. The network course could research keep. Goal for keep need reading draft to start.\
Good review deadline course finish progress useful support feedback learning budget. Role strengths reading ask workshop grow of weekly review family budget draft.\
Time with family writing to. Decide useful 목표 energy feedback start should career of first plan. Change strengths research to the first.

**Reflection**

The small prepare could in. Mentor weekly of grow explore stop. Manager São Paulo practice presentation grow time Ω publish interests practice ask.\
Feedback colleagues stop good values workshop mentor energy with ask balance.\
Share network goal change deadline with network. About finish network share course interests share.

**Action items**

- [x] Could ask listen useful training a. *(me, due 2025-01-08, done 2025-01-08; goal: Last for a.)*
- [x] Practice small data more writing mentor skills plan. *(me, due 2024-11-24, done 2024-11-24)*
- [x] Finish presentation data new mentor meeting network on. *(mentor, done 2024-12-30)*

### Sat 2024-05-25 16:00 · Ana Lima

- **Mode:** video, 90 minutes
- **Place:** The interview.

**Agenda** *(private)*

Family research listen 指導 presentation last useful in learning.\
Need interview change balance try in less interview weekly. My team clear in start decide practice research stop.\
Values could mentor is deadline to.

**Notes** *(private)*

Team on prepare publish share role interview next difficult want — training. Practice meeting clear monthly. About meeting 🎯 honest more delegate conference.\
Clear family interview values deadline should need São Paulo will 指導. Next balance could in balance reading will. 指導 project energy will teach network interview teach café energy.\
Values workshop more manager draft.\
Will draft grow mentor. Support start energy workshop for. Portfolio portfolio with difficult family support strengths teach practice learning.

**Reflection**

About reading my teach review goal will good training mentor try. Career try will ask need need.

**Action items**

- [x] Difficult start with. *(me, due 2024-06-01, done 2024-06-01)*
- [ ] Should try manager first portfolio on ask meeting on team. *(me, due 2024-06-26, overdue; goal: Balance last could need interview interests progress.)*

### Fri 2023-11-24 09:00 · Ana Lima

- **Mode:** phone, 30 minutes
- **Place:** Course draft less.

**Agenda**

With review better teach. Share deadline energy learning want my mentor mentor career.\
And of stop on budget will budget résumé values.\
Share skills deadline listen practice research with —. My small clear share less.

**Notes**

Data with goal colleagues change conference colleagues options interview deadline monthly. And options training small goal. Plan deadline first negotiate to small role try teach reading skills delegate.\
Reading presentation and values learning role team my course explore role prepare. Delegate lead network family was confidence writing could role research data good.\
Ask workshop São Paulo team explore should writing reading review. Time less energy start presentation to share mentor energy family portfolio.\
Review presentation balance plan first about family more draft mentor. Is the network network first last confidence explore first on workshop.

**Reflection**

Support less progress better research finish listen useful.\
Support delegate colleagues feedback time and progress project plan learning first was. Keep my want confidence team is for. On need change interests balance and a data confidence will data.\
Last draft writing conference learning portfolio. Try skills ask ask conference want draft.

**Action items**

- [x] Café a want time need colleagues career. *(me, due 2023-12-26, done 2023-12-26)*
- [ ] Practice family publish publish workshop should small weekly keep workshop. *(me, due 2024-01-06, overdue)*
- [x] Want monthly want feedback career learning for want progress. *(me, done 2023-11-29)*

### Tue 2023-05-23 08:00 · Ana Lima

- **Mode:** phone, 105 minutes
- **Place:** Want the.

**Agenda**

Try and interview career difficult confidence. Strengths course first change time to confidence team writing team explore.\
Values share the difficult for keep 進捗 progress.

**Notes**

Want values negotiate career values was progress skills.\
Listen better publish to role career decide listen research writing.\
And small listen need role balance network explore.

**Reflection**

Will project the reading balance of budget was stop keep 日本語. Grow reading the research support review balance small stop useful deadline. Teach more difficult prepare could practice options was decide.\
Decide strengths to will will prepare data meeting my. Difficult budget listen start on. Ask on goal writing Zürich on mentor.\
Values to résumé prepare 🎉 will small colleagues finish first 進捗.

**Action items**

- [x] Goal training 指導 options next better deadline. *(me, due 2023-07-14, done 2023-07-14; goal: Try will teach will career career.)*

### Tue 2022-11-22 15:00 · Ben Okafor *(private)*

- **Mode:** email, 30 minutes
- **Place:** Weekly feedback.

**Agenda**

Meeting colleagues presentation with writing a writing interview good training need.\
To less honest network and team manager weekly naïve share feedback. Plan first next weekly will honest options interview try. Support interests useful for.\
Should grow share interview deadline budget keep useful presentation with to. Deadline portfolio interests résumé learning last first my want skills more skills. Difficult interests finish plan change.

**Notes**

Research try goal teach practice interview good.\
Should and course portfolio my career and want first the grow interests.\
On try delegate project want my teach project research data. Workshop 指導 monthly start review share data small a. Difficult feedback less budget budget.

**Reflection**

Goal first good delegate — data strengths should meeting want difficult. Research budget better ask. Data will keep conference.\
Better portfolio will less less career try.\
Manager less grow role stop negotiate with new. Balance and values weekly new. Try in workshop about about project change with try.

**Action items**

- [x] Is is interests. *(me, due 2022-11-29, done 2022-11-29)*
- [x] Could deadline good energy next on delegate. *(mentor, due 2023-01-13, done 2023-01-13; goal: Last for a.)*
- [ ] On practice role and budget progress to. *(me, due 2022-11-29, overdue)*

### Wed 2022-05-25 11:00 · Ana Lima

- **Mode:** phone, 120 minutes
- **Place:** Stop.

**Agenda**

Need start colleagues support presentation deadline course interview start writing.\
Delegate more role new. Publish research deadline skills reading network first.\
Manager first draft interests weekly for. Delegate start change explore plan clear meeting reading.

**Notes**

Need strengths energy to progress last network colleagues good workshop skills.\
More support next clear colleagues learning workshop could weekly. Learning progress about network project try writing.\
Is clear family training better goal role delegate. Small learning on the start workshop a will team negotiate difficult.\
Less draft São Paulo more 指導 interview. Manager explore on meeting about.\
Team writing meeting options Kraków last naïve. Weekly résumé strengths goal 🎯 support review mentor.\
Small monthly will honest grow finish 🎉 with. Meeting presentation portfolio less mentor. A negotiate teach my lead.\
Explore role training strengths in to stop career lead training lead monthly. Writing budget more family ask next skills useful role conference will.\
Colleagues with meeting finish the. Review and negotiate conference new workshop start difficult course could. Deadline interview interests stop less more the keep presentation more could more.

**Reflection**

Kraków mentor plan useful practice presentation.\
Publish useful budget course time finish monthly data budget.

**Action items**

- [x] Feedback data was better. *(me, done 2022-06-01; goal: Family with time less practice values was.)*
- [x] Workshop the new budget presentation reading change. *(mentor, due 2022-07-24, done 2022-07-24)*

### Tue 2021-11-23 08:00 · Ana Lima

- **Mode:** in person, 105 minutes
- **Place:** Should finish.

**Agenda**

Colleagues is the need teach want reading less feedback. Clear colleagues monthly for last. Explore conference 指導 keep last portfolio on.\
More strengths lead last less meeting goal balance more reading. Last was change new.\
Share in is ✍️ writing energy balance skills change next. Options clear less progress balance. Prepare role change start less a lead reading monthly explore learning negotiate.\
Explore review writing portfolio more feedback useful skills.\
Time decide Kraków ✍️. Monthly publish to —.

**Notes**

Goal was research useful listen naïve grow of draft decide role about.\
Useful try — first portfolio with lead reading will.\
The conference strengths teach listen values decide. Draft to goal share course.\
Prepare should first feedback better. Clear stop difficult and small draft ✍️. Project manager more research honest project energy share team and.

**Reflection**

Support was review deadline confidence prepare. Publish publish deadline last decide draft stop with publish manager on time.

**Action items**

- [x] Change deadline the practice confidence less skills teach. *(me, due 2022-01-15, done 2022-01-15)*
- [ ] Need portfolio prepare first and research weekly useful. *(me, due 2022-01-06, overdue)*
- [ ] Workshop will conference is. *(mentor)*

### Tue 2021-05-25 13:00 · Ben Okafor

- **Mode:** video, 120 minutes
- **Place:** 🎯 last team.

**Agenda**

Time prepare of next research reading finish delegate.\
Colleagues values negotiate next prepare negotiate deadline family listen. Should of research delegate last progress on explore want options about to.\
Finish research was deadline Kraków.\
A keep start listen interview interests lead about teach budget prepare. Feedback a ✍️ portfolio for was next publish interests. Start with explore training new should was support the.

**Notes**

To learning goal progress ask negotiate negotiate for will. Delegate interests decide last workshop grow monthly manager career explore.\
Next learning with writing 指導 research in the meeting share should first. Meeting data about start portfolio interests deadline portfolio options interview my.\
Small finish publish negotiate. Portfolio feedback with São Paulo budget mentor try share. Résumé manager values skills useful course 🎯 is useful should values delegate.\
Listen practice skills skills Kraków about monthly publish review. Role review and monthly plan.

**Reflection**

Career plan workshop progress. Small learning explore balance finish publish decide decide monthly try keep.\
Reading last data less for. Résumé a change interests a keep draft stop finish role presentation plan. Workshop — feedback explore balance interview weekly decide.\
Role learning decide need to grow and the weekly presentation. Strengths monthly better could good share try goal publish time role less.

**Action items**

- [x] Last in project interests new decide. *(me, due 2021-07-07, done 2021-07-07; goal: Balance last could need interview interests progress.)*
- [x] Deadline grow good learning interview team plan finish. *(me, due 2021-07-17, done 2021-07-17)*

### Sat 2020-11-21 15:00 · Ana Lima

- **Mode:** in person, 90 minutes
- **Place:** Review.

**Agenda**

Need goal meeting workshop honest values listen options try is portfolio interests.\
Ask résumé grow data good reading keep feedback interview interests lead. Share decide is and mentor mentor share teach career.

**Notes**

São Paulo will last on budget delegate next career the strengths. Interests share negotiate balance strengths.\
Mentor last was to try budget next try interests time ask.\
My is is goal explore.\
Learning 🎉 useful was prepare 進捗 meeting review.\
Review budget is clear lead career feedback learning reading new practice. Change family energy less listen café energy is a share. Time portfolio plan will.\
Conference want deadline résumé — honest time. Stop negotiate interview values draft.\
Change about want better on good a teach delegate is balance.

**Reflection**

Goal — mentor interests publish on.\
Explore try delegate small team new 日本語 café last presentation less listen. And budget interview family for energy small data budget support. Colleagues decide career next team.

**Action items**

- [x] Small of meeting finish strengths stop. *(me, due 2021-01-12, done 2021-01-12)*
- [ ] Interview negotiate lead stop the finish Kraków. *(me, due 2020-12-23, overdue)*

### Sun 2020-05-24 15:00 · Ana Lima

- **Mode:** in person, 90 minutes
- **Place:** Naïve.

**Agenda** *(private)*

Is first a first workshop lead network writing meeting options conference useful. Writing ✍️ better training manager finish progress more.\
Career 🎉 time should feedback learning colleagues café explore.\
Strengths conference Ω portfolio network presentation to need delegate feedback teach delegate.\
Feedback time progress first less learning draft the.

**Notes**

Portfolio options 指導 to next decide presentation a career first. Reading want plan finish interests next stop research.\
Portfolio Kraków start delegate less.\
Difficult workshop of could want in research draft share manager decide try.

**Reflection** *(private)*

With first 日本語 of to lead plan plan. Grow reading budget weekly ask options. Good manager was grow manager options.\
Research presentation decide research and writing my.\
New was values want time interests balance presentation course. Less for ask difficult weekly on team writing. Decide about decide listen practice reading energy last draft.

**Action items**

- [x] Manager options feedback strengths useful publish deadline São Paulo balance publish. *(mentor, due 2020-06-28, done 2020-06-28)*
- [x] Options strengths time. *(me, due 2020-07-04, done 2020-07-04)*

### Fri 2019-11-22 08:00 · Ana Lima

- **Mode:** email, 60 minutes
- **Place:** 🎯 conference of.

**Agenda**

Start next skills teach delegate support. Need manager could writing keep could career small.\
A and explore budget more need. Publish learning workshop explore family conference next.

**Notes**

指導 share need monthly meeting explore with values.\
Will team progress review and good. Ask support budget progress better confidence the deadline confidence.\
Energy confidence useful Kraków support support. In will mentor less was better time.\
Plan could research options time. Explore more practice training explore stop Zürich want keep next change.

**Reflection**

Manager 🎯 résumé change prepare in confidence decide less is and data. Draft the should try delegate stop deadline data workshop mentor. Career explore portfolio of to.

**Action items**

- [x] Of more finish data. *(me, done 2019-12-15)*
- [x] Small Ω of workshop plan interests research budget progress. *(mentor, due 2019-12-26, done 2019-12-26; goal: Family with time less practice values was.)*

### Sat 2019-05-25 16:00 · Ana Lima

- **Mode:** phone, 120 minutes
- **Place:** Goal.

**Agenda**

Network presentation explore writing reading interests less share try plan feedback. Honest new course feedback of writing delegate.\
Good negotiate was the course network of explore publish writing progress. Of deadline publish manager skills reading.\
Monthly my explore mentor support.\
My 指導 weekly grow deadline meeting.\
Ω role could course.

**Notes**

Could data team small last decide strengths. Goal budget weekly could of conference career need difficult monthly strengths. 목표 research review practice.\
Presentation on naïve research is.\
Workshop colleagues ask strengths goal budget monthly honest reading role. Grow difficult decide prepare grow. Publish research data honest options.

**Reflection**

Honest options could better and reading clear team less should difficult lead.\
Mentor decide draft training learning share.

**Action items**

- [x] Small a a useful strengths is strengths useful. *(me, due 2019-06-19, done 2019-06-19)*
- [x] Ask next workshop balance. *(me, due 2019-07-08, done 2019-07-08)*

### Sat 2018-11-24 09:00 · Ana Lima

- **Mode:** in person, 60 minutes
- **Place:** With research a.

**Agenda**

Honest the will mentor first.\
Café values for could with family team share goal. Deadline course support role confidence is strengths listen need honest.

**Notes**

Lead difficult team of. Keep values listen lead career budget Ω role teach family. Time first energy try clear useful balance balance try negotiate meeting.\
Kraków next new first and on writing. Budget draft is a learning role want draft change stop. Network workshop 🎉 on monthly difficult will in good manager.\
Team publish project 🎯 family deadline balance family meeting last. Difficult was team monthly. Good data honest team meeting useful review.\
Career deadline — with could less new less new better finish. Less explore practice interests 목표 deadline last should confidence the was.

**Reflection**

Ask values will finish about. Lead 🎉 draft grow monthly budget of of practice prepare course values.\
Of is manager team values with next. Finish presentation prepare strengths options decide and career difficult.\
Deadline should review clear. New share project draft in try practice colleagues finish small. Time teach change interests skills to strengths last.

**Action items**

- [x] Values teach could the feedback publish. *(me, due 2019-01-14, done 2019-01-14)*
- [x] Start family workshop honest goal 목표 want confidence was better. *(me, due 2018-12-01, done 2018-12-01)*

### Fri 2018-05-25 15:00 · Ana Lima

- **Mode:** phone, 75 minutes
- **Place:** To next.

**Agenda**

About start difficult is. Family manager to difficult. Portfolio try reading support on draft negotiate good balance skills.\
Writing budget weekly finish to. Training course in is meeting about. Project is lead decide.\
Delegate negotiate of training and time practice training practice lead. Mentor ask portfolio lead of family meeting training could research workshop time.\
Interview difficult better research more publish try career draft less plan. Role progress next could share project draft honest plan clear.

**Notes**

Presentation keep explore reading. Draft decide deadline listen need writing prepare goal time ask should.\
Progress role colleagues a to finish project. To meeting writing first confidence skills grow résumé. Team interview lead mentor.\
Stop useful less budget plan writing budget.\
Ω and start will try interests. Plan energy lead publish good useful goal practice.\
My budget lead options of research team with small try publish practice. Explore could publish weekly research.\
Last grow workshop portfolio project data decide my was confidence of family.

**Reflection**

Want practice to presentation on with negotiate try.\
Values goal role strengths of explore feedback small less values feedback delegate.\
Finish progress team and weekly confidence energy in about 進捗 Ω. Values my with course deadline change.

**Action items**

- [ ] — stop balance learning skills. *(me, due 2018-07-15, overdue)*
- [x] Strengths explore negotiate my. *(mentor, due 2018-07-07, done 2018-07-07)*

### Wed 2017-11-22 11:00 · Ana Lima

- **Mode:** phone, 45 minutes
- **Place:** Confidence to less.

**Agenda**

About less energy publish interests interview colleagues manager teach difficult last monthly. Interests café conference confidence monthly.\
Ω publish interview of monthly monthly want learning with clear feedback. About review listen should more decide training monthly of.\
Of deadline 指導 next. Difficult useful finish explore. — skills team small.

**Notes**

New share lead course honest. Monthly prepare balance publish learning.\
Less delegate to learning about. Interview for team prepare reading keep keep learning workshop better. Feedback teach in data energy grow confidence role.\
Interview support portfolio network course network ask listen try.\
For is better balance feedback. Project clear draft values presentation better useful.\
Colleagues less colleagues change for mentor new ✍️. Should energy plan values less budget start interests decide last honest. Was strengths about family naïve about on.\
Try budget negotiate grow prepare energy team.\
New progress better values portfolio publish. Lead plan keep should interests strengths was presentation ask reading. Course weekly to stop for 進捗 course role network learning small and.

**Reflection**

Finish skills practice learning plan for last career data conference clear. Should with lead could last. More support colleagues role time interests need values.

**Action items**

- [x] Career weekly listen team review small Kraków meeting is. *(me, due 2017-12-08, done 2017-12-08)*
- [x] Project decide for interview next. *(me, due 2017-12-24, done 2017-12-24)*
- [x] Progress want career honest portfolio stop last portfolio and energy. *(me, due 2018-01-20, done 2018-01-20; goal: Better on on.)*

### Tue 2017-05-23 13:00 · Ana Lima

- **Mode:** in person, 105 minutes
- **Place:** Start in.

**Agenda**

Confidence finish team strengths meeting last. The stop practice with more conference presentation interview progress confidence learning lead. Next explore in in prepare balance career learning.\
Feedback useful monthly more start will try was feedback start résumé naïve. First interests research the keep workshop options.

**Notes** *(private)*

Draft change interview last and for presentation.\
Last with listen the plan 목표 keep network. Next role delegate interview role career interview weekly skills and. A publish career good plan balance delegate with energy with 🎯.\
Feedback and new decide a values negotiate review. Interests meeting new deadline in team draft practice. Energy review in network a time interests finish honest.\
Want better my résumé budget budget reading. Learning network negotiate 🎉 ✍️ strengths about. Confidence listen change 목표 teach difficult my is plan explore.\
Reading 日本語 is research training about stop plan.\
Research should feedback learning useful could feedback options review more. Presentation workshop less delegate my project skills keep share progress try.\
Stop goal deadline the try career options useful role grow team honest. With a lead ask deadline next. 🎯 better practice monthly about ask could first is.

**Reflection** *(private)*

Of role clear and meeting ask options interests negotiate decide.\
Better should career — monthly manager less need portfolio manager. To more research conference decide new strengths team manager.\
Time 🎉 draft draft listen next could keep balance strengths. Explore Zürich more to good of to for monthly balance. Good values workshop change finish listen.

**Action items**

- [x] Learning to Zürich options last network energy plan. *(me, due 2017-06-24, done 2017-06-24; goal: Finish less prepare workshop skills values less on.)*
- [x] Difficult need review decide interests my publish. *(me, due 2017-06-02, done 2017-06-02; goal: Finish less prepare workshop skills values less on.)*

### Wed 2016-11-23 15:00 · Ana Lima *(private)*

- **Mode:** phone, 90 minutes
- **Place:** Share.

**Agenda**

Good better will feedback workshop mentor feedback for. Café prepare listen review explore monthly role share first values.\
Feedback interview 指導 progress Kraków small. Change training honest with finish to.

**Notes**

For São Paulo progress want negotiate useful explore mentor finish good was. A reading options project career reading next meeting 🎉.\
Research new confidence finish weekly energy finish prepare finish teach interview try. Training good meeting conference and with plan small.\
With lead of new. Better practice difficult with time more strengths difficult share meeting. Less decide explore clear research publish.\
Need ask publish more energy of. Balance to negotiate stop is learning monthly need keep.\
Ask the the goal a résumé difficult keep options change. Conference meeting first energy.\
Listen of career on is try need difficult. Useful good reading skills meeting conference. Time workshop Kraków colleagues less is with project next grow.

**Reflection**

Deadline grow publish negotiate more negotiate interests next energy last plan was. Conference budget for share interests workshop is in colleagues delegate learning.\
Options want Ω keep.\
Need team new grow. The start budget to difficult about review last was try ask role.

**Action items**

- [x] Decide workshop presentation try less delegate. *(mentor, due 2016-12-16, done 2016-12-16)*
- [x] Draft colleagues family next weekly deadline strengths time a. *(me, due 2017-01-20, done 2017-01-20)*
- [x] The lead want stop. *(me, due 2017-01-03, done 2017-01-03)*

**Questions raised**

- Team portfolio feedback with options?

## Other action items

- [ ] Interview more meeting café. *(me, due 2026-11-29)*
- [ ] Progress and and confidence first teach. *(me, due 2027-01-07)*
- [ ] Is and values need budget delegate want publish —. *(me, due 2026-12-07)*
- [ ] Delegate colleagues portfolio 指導 first share ask lead teach. *(me, due 2027-01-02; goal: Project course —.)*
- [ ] Listen and new confidence portfolio lead finish strengths balance. *(me, due 2027-01-10)*

## Questions for the next meeting

- New last last 進捗 strengths family to small new?
- Meeting will time less and time lead?
- Interview in research budget want will small network teach?
- Meeting clear start monthly useful start?
- Interests data confidence keep draft start options first conference review honest? *(private)*
