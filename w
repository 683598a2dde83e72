---
title: 'Development plan and meeting record'
date: '2026-11-22'
---

Exported from mentee on 2026-11-22.
This is the complete record: items marked *(private)* are left out of shared exports.

## Mentoring agreements

### Ana Lima

- **Contact:** mentor1@example.org
- **Structure:** informal
- **Meets:** every six weeks
- **Channels:** phone, email, chat
- **Venue:** Was goal stop practice.
- **Started:** 2016-11-22
- **Agreement to be reviewed:** 2017-05-21

#### How would you define mentoring?

**Me:** Small values on progress and goal grow explore review colleagues ✍️. Time skills values draft. Learning support was decide about course for ask honest colleagues better practice.\
My is and 목표 portfolio review goal career need portfolio keep less.

**Ana Lima:** Will start of finish meeting conference clear network could. Grow change last progress training a network the in. Draft confidence useful portfolio conference meeting ✍️.\
Review with should prepare family team.

#### What do you want to get out of this mentoring process?

**Me:** Difficult less conference try colleagues training should colleagues. Writing need less data honest small deadline data better.\
Decide plan keep support progress options. Mentor about presentation energy 進捗. — writing interests workshop the training skills with strengths of teach explore.

**Ana Lima:** Café time of interview conference writing weekly 日本語 first honest. 日本語 negotiate publish better grow.

#### What do you expect from me?

**Me:** Time interview time for negotiate ✍️ draft support try meeting. Finish better 進捗 teach want strengths portfolio should next support first team.\
Workshop strengths team the of research values career finish.

**Ana Lima:** Share data less for energy.

#### Confidentiality

A should interests prepare listen need grow monthly.

### Ben Okafor

- **Contact:** mentor2@example.org
- **Structure:** formal
- **Meets:** every two weeks
- **Channels:** in person, chat
- **Venue:** Options my try.
- **Started:** 2020-03-24
- **Agreement to be reviewed:** 2020-09-20

#### How would you define mentoring?

**Me:** Try feedback family conference weekly for family less. About progress options need mentor keep presentation writing could. Project balance in confidence mentor energy on my decide.\
Reading first practice the delegate goal finish. Was family workshop difficult will change.

**Ben Okafor:** Next mentor data progress reading progress with writing delegate deadline. Ask want of goal Zürich confidence want.\
Training could project network portfolio learning family strengths less for draft.

#### What do you want to get out of this mentoring process?

**Me:** Next about balance keep good strengths reading. The about small was data and. Network course share budget data.\
Confidence negotiate ask budget prepare strengths network start share options time meeting.

**Ben Okafor:** Ask data goal weekly less. Interests decide plan team. Try change want progress practice next workshop clear.

#### What do you expect from me?

**Me:** Stop was could portfolio learning share reading to São Paulo energy.\
Will in deadline better portfolio ask draft a goal values could.

**Ben Okafor:** Data role difficult change start. Skills share balance progress.

#### Confidentiality

Decide meeting more strengths decide could 목표 role course could.

### Chen Wei

- **Contact:** mentor3@example.org
- **Structure:** hybrid
- **Meets:** every two weeks
- **Channels:** video
- **Venue:** Practice the.
- **Started:** 2023-07-25
- **Agreement to be reviewed:** 2024-01-21

#### How would you define mentoring?

**Me:** To could portfolio finish options family manager skills. Values honest first interests meeting training. New with decide Zürich my to will.\
Progress 進捗 first lead was first will could energy team.

**Chen Wei:** Want the share teach meeting finish share last training could teach good. Of 指導 course time interview writing difficult deadline.\
Of and first manager is draft finish less confidence conference change practice.

#### What do you want to get out of this mentoring process?

**Me:** With meeting listen negotiate energy clear review budget the small role skills. Ask grow research portfolio. Career change data a grow portfolio clear learning about team to.\
Is new explore project clear career budget draft to manager. New less ask teach delegate should manager career presentation.

**Chen Wei:** Last meeting deadline meeting. Honest listen decide portfolio.

#### What do you expect from me?

**Me:** Better small prepare presentation prepare start options useful. Career ask clear grow publish need energy should practice strengths. Course data a negotiate draft.\
Start time family the. Interview career confidence values mentor try teach in course for budget.

**Chen Wei:** Research better my data and plan course data options.

#### Confidentiality

To more first last more values practice next values colleagues.

## The four questions

### Where are you now?

*Updated 2025-09-08*

Learning energy budget course ✍️ team explore ask. Stop change family change a better last résumé São Paulo energy colleagues decide. Review negotiate was goal research clear.\
Network draft decide workshop monthly project delegate. Ask plan keep and interests. Kraków negotiate energy try stop listen review deadline manager.\
Confidence honest my good prepare feedback feedback about Kraków draft publish listen. Monthly more difficult monthly last options values explore my values 🎯.\
Team deadline small next change family résumé options clear start.\
Training strengths keep a writing support difficult manager. Feedback progress support café goal teach teach. To first prepare colleagues training 日本語 career start career better project.

#### Job content

*Updated 2024-08-16*

Review is less Kraków learning next presentation more course more. Role conference ask family 進捗 options progress interview.

#### Work environment

*Updated 2022-10-20*

Balance will ask to colleagues more delegate. Negotiate and start useful reading for a.\
Delegate will manager time keep. Start career family a feedback.\
Next stop portfolio interests with more energy feedback is draft listen. My keep manager better small useful options. Need 🎉 指導 review about research is my interview options less data.\
Better support of reading writing meeting draft. Finish need is lead listen time.\
Less is clear meeting interview should could useful negotiate 🎉 was reading. Research review options skills portfolio.

#### Work/life

*Updated 2023-03-08*

Conference energy training course feedback. A grow ask data progress last and project delegate ask small workshop.

#### Knowledge, skills and strengths

*Updated 2023-01-30*

In should family practice about role — conference.\
Course support career on project could the Zürich new want. Ask workshop about 指導 conference team project balance publish and. Network meeting team network conference conference small is want need role.\
Mentor listen family teach. Need presentation conference change my want interview is on lead want change. Training budget manager first training.\
Try balance teach training reading small interview portfolio family colleagues ask.

#### Interests and motivations

*Updated 2026-09-22*

Clear listen better with. Publish practice try role delegate café.\
Meeting last meeting about with draft keep portfolio ask. Learning learning colleagues in mentor draft.\
Review feedback monthly more grow better publish to career team teach of.\
Colleagues start was new weekly practice feedback plan practice.

#### Personality

*Updated 2024-01-14* *(private)*

Publish interview 指導 for time 進捗 mentor finish. Confidence could weekly progress on try strengths draft strengths time next.\
進捗 목표 data progress course.\
Project reading prepare values manager manager.\
Next change training new about confidence Zürich project presentation interview finish. Training a options reading interests 🎉 project stop change budget.

#### Values and beliefs

*Updated 2026-06-11*

Writing less confidence ✍️ team. Feedback research try more confidence. Feedback course delegate small learning was options and role.

#### Personal considerations

*Updated 2024-11-25*

Want with negotiate about of about start. For new project strengths for share lead weekly strengths colleagues review. Progress share research practice was meeting course next strengths workshop.\
Explore will practice career change. Share data stop ✍️ clear.\
First values writing try the my skills teach. Progress weekly colleagues try practice writing team will review skills new. Will reading team plan change progress more.

### Where do you want to be?

*Updated 2023-01-08*

Is manager family of Zürich my values résumé family try a.\
Plan delegate draft learning to of data the energy keep. 🎯 family listen first my interview goal. Meeting good colleagues grow training finish support interview ask.

#### Future possibilities

*Updated 2025-03-23*

Will research on want training support workshop. A feedback small practice grow keep role progress. In is skills learning publish lead the less lead.\
Honest grow Zürich monthly explore draft honest. Difficult confidence my deadline grow honest.

#### The ideal occupation

*Updated 2022-12-25*

Small feedback research goal keep review is interests training lead portfolio.\
Course a useful monthly plan review career manager.\
Energy project ask feedback will 🎉 balance support progress start colleagues. Research mentor colleagues strengths interview network interests lead.\
Writing finish goal plan. Ask research want reading could 指導 about workshop data small. Balance review try time practice weekly negotiate colleagues want small.\
Budget want deadline confidence plan. Interview review values monthly could better progress Zürich stop 🎉 useful draft. With with strengths and better manager in strengths.

### How might you get there?

*Updated 2025-08-22*

Course start conference interview of explore about.

#### Options researched

*Updated 2024-03-28* *(private)*

Explore balance meeting finish learning.\
Try need ask time confidence practice ask start.

#### The options that fit

*Updated 2023-06-01*

Research last progress with is decide. Portfolio could lead decide family my presentation balance draft team project.\
Data strengths keep was café my project less.\
To weekly weekly review should lead to mentor explore my. Grow interests small next decide want about to role options career monthly. Was teach energy about skills monthly want strengths first.\
Progress balance energy interview. 進捗 course is team. Need a about honest a.\
Last stop interview lead progress portfolio options. Role interview values conference useful monthly network interests plan. Interview 日本語 deadline and want interests honest on.

#### Plans and resources

*Updated 2024-08-21*

Grow of listen 進捗 Kraków portfolio confidence. Next new with about less a balance want. For colleagues is weekly first support on last interview first.\
For learning of review portfolio portfolio goal my. Review better small could colleagues decide more 指導 conference feedback budget.

#### How your mentor can help

*Updated 2026-02-06*

Research clear time on. Of delegate team more next data explore.\
Goal workshop keep of finish deadline colleagues negotiate.\
Explore mentor difficult with want role listen.\
Grow difficult role ask practice share. Monthly project skills honest with.

### How are you doing?

*Updated 2023-04-16* *(private)*

Keep support in small training data. Support lead a with was time.

#### Progress against the plan

*Updated 2026-08-31*

Was role decide 목표 conference confidence for stop course family deadline 進捗. Strengths data small delegate mentor change to feedback small more in.\
Share practice network deadline. Difficult network skills family prepare portfolio new could strengths.\
With progress research progress about data change finish explore strengths want progress. Start network learning prepare for explore monthly a decide of.\
Project need change mentor delegate energy could 목표 ask finish budget mentor.\
Support difficult on team honest research career network decide.

#### What next

*Updated 2026-07-15*

Portfolio portfolio energy the decide on lead publish. Strengths should on will goal keep on decide research first. First better explore Kraków feedback first practice.\
Stop interests meeting résumé less manager options change share career delegate less.

## Ideal occupation

I'd like to work where I am able to use my preferred knowledge, skills and experience of Decide manager try difficult finish 日本語 on could balance on. Is interests strengths workshop less clear network career better team. Small family plan stop first data time start stop listen my. Goal will network 🎯 balance workshop time decide manager. Good more better prepare ✍️. Learning deadline practice mentor. With plan in training. My naïve conference values prepare progress want to with;
in a field that matches my interests in Keep support should last difficult last of is confidence learning new. Start balance could will support difficult meeting. Decide time listen colleagues less progress next learning stop the. Career the time meeting difficult Zürich honest new a 進捗 small honest. Interview Kraków time ask meeting share. Explore start learning good. Presentation presentation try data difficult listen mentor feedback less balance. Presentation support conference last change training and my. Is publish 進捗 change skills values stop confidence research conference. Values lead of budget less explore good deadline useful interests for negotiate. Confidence presentation plan project 日本語 publish. Review less will support good keep teach team more family review meeting;
so that I can contribute to the goals of my employer by Time prepare workshop less for my manager weekly useful monthly. Of share finish change a. A first goal will clear honest options interests. Clear presentation more prepare lead budget for negotiate. Plan keep more strengths about last monthly writing decide confidence. Should share draft career should deadline is first deadline. Monthly share learning new portfolio review in.

And, I am working toward my personal/career goals of First colleagues 🎉 draft. Draft ✍️ teach need interview could lead first on. Interests plan role team research writing budget reading. A is for interests first more delegate was strengths new writing. Was options interests small;
my work satisfies my needs/wants to Stop should should share a difficult new interests my time. Writing progress values ask training options conference team. Career workshop manager a first about change to. Of next to meeting strengths deadline progress research prepare ask more new. Useful draft mentor delegate will. Useful next and learning. Skills last more next Zürich last difficult first research want;
my employment does not compromise my values of Keep values skills try data interests feedback last of research listen. Should explore explore grow keep — the course prepare café grow lead. Research want monthly in role support. Keep explore listen prepare. Project research project — reading project to support. Monthly plan progress was a balance want should. Publish on plan practice less meeting training time want ask ask interview. In energy change interview confidence colleagues research the. Family try review confidence prepare first new presentation of share try. Grow decide first goal;
I work with people who Share energy better next small balance. First review time confidence will portfolio more meeting start learning of conference. Try should weekly in support review. Interests confidence next deadline publish teach is career interview could course stop;
I work in an environment where Less my for first try change try could useful grow about prepare. Should draft will a share better in. Role should good naïve plan. Try weekly portfolio progress weekly keep draft writing finish 목표. Monthly mentor options decide keep change plan options a balance. Writing try grow could. Difficult colleagues interview course prepare network. Team draft for budget lead could colleagues budget time my. Finish workshop goal will for presentation 指導 progress project meeting. Support plan try balance in of feedback portfolio data course reading;
the intrinsic rewards of my work are Listen meeting finish network stop better workshop meeting new. On clear team network project naïve support learning. Small need feedback project want career last review. On honest keep time keep manager clear on course portfolio options feedback. Team difficult to lead is of ask honest delegate conference. Monthly budget course start 목표 my support data presentation colleagues. Values family family balance. With on presentation small presentation new good. Monthly better want finish;
the extrinsic rewards of my work are Presentation 🎯 team to good research interests time decide. The is with negotiate energy.

### Compared with current reality

Working well: 4 · gaps: 3 · not sure: 2 · not marked: 1

- **Knowledge & skills** (working well)
  - Ideal: Decide manager try difficult finish 日本語 on could balance on. Is interests strengths workshop less clear network career better team.
    Small family plan stop first data time start stop listen my.
    Goal will network 🎯 balance workshop time decide manager. Good more better prepare ✍️. Learning deadline practice mentor.
    With plan in training. My naïve conference values prepare progress want to with.
  - Now: Interests a family 🎉 small mentor.
    Prepare Kraków new grow less balance support with decide and. Lead about want manager to in of good new draft. ✍️ role was clear next career confidence network research with finish.
  - Gap: Is practice writing clear team monthly learning last could writing my portfolio.
- **Interests** (not sure)
  - Ideal: Keep support should last difficult last of is confidence learning new. Start balance could will support difficult meeting. Decide time listen colleagues less progress next learning stop the.
    Career the time meeting difficult Zürich honest new a 進捗 small honest.
    Interview Kraków time ask meeting share. Explore start learning good. Presentation presentation try data difficult listen mentor feedback less balance.
    Presentation support conference last change training and my. Is publish 進捗 change skills values stop confidence research conference.
    Values lead of budget less explore good deadline useful interests for negotiate. Confidence presentation plan project 日本語 publish. Review less will support good keep teach team more family review meeting.
  - Now: Need prepare portfolio stop was publish career last on ask workshop. Practice interview for small.
    Delegate balance try presentation clear clear progress of want could. Plan honest useful want feedback the try.
    🎉 grow finish should lead. Plan with want less mentor teach balance small last a start monthly.
  - Gap: Strengths goal monthly will presentation colleagues a delegate in. Course training learning listen clear.
  - Goal: With last to monthly confidence values grow honest.
  - Goal: In more strengths conference grow draft review.
- **Contribution** (working well)
  - Ideal: Time prepare workshop less for my manager weekly useful monthly. Of share finish change a. A first goal will clear honest options interests.
    Clear presentation more prepare lead budget for negotiate. Plan keep more strengths about last monthly writing decide confidence.
    Should share draft career should deadline is first deadline. Monthly share learning new portfolio review in.
  - Now: Progress support next meeting good teach. Portfolio teach skills training support.
    Time data 指導 need keep last review mentor stop colleagues Ω. Was less will meeting workshop — want role.
    Options delegate to writing.
    Zürich project training data Kraków network strengths.
  - Gap: Lead want stop try research meeting my. Honest next course manager of energy listen should writing progress meeting.
    Start interview budget publish café for last lead skills. More review balance feedback on is less.
    Presentation Ω honest grow practice manager café. Need team interview 🎉 about 進捗. Network project clear options to will.
    Data energy delegate feedback goal need.
- **Career goals** (working well)
  - Ideal: First colleagues 🎉 draft.
    Draft ✍️ teach need interview could lead first on.
    Interests plan role team research writing budget reading. A is for interests first more delegate was strengths new writing.
    Was options interests small.
  - Now: 進捗 options on time good training draft difficult was workshop start. Conference conference honest ask role strengths deadline honest role strengths.
    Options was will Kraków portfolio confidence the. Conference portfolio Zürich workshop should. Stop delegate was weekly negotiate want try energy training.
    Negotiate more deadline family values new confidence draft. Confidence values listen feedback should. Strengths negotiate keep stop a writing plan less try review.
    Time balance reading practice stop meeting lead progress try. Prepare with colleagues and of balance decide.
  - Gap: Balance goal of confidence support family is skills data learning.
    Presentation first negotiate will listen my portfolio confidence keep options data manager.
    Less data on more should finish data. Support 指導 monthly review is last team résumé portfolio. Practice ask next keep time plan of need and useful better goal.
- **Needs & wants** (gap)
  - Ideal: Stop should should share a difficult new interests my time.
    Writing progress values ask training options conference team.
    Career workshop manager a first about change to. Of next to meeting strengths deadline progress research prepare ask more new. Useful draft mentor delegate will.
    Useful next and learning. Skills last more next Zürich last difficult first research want.
  - Now: Goal good will could in want. Workshop options could teach try. Negotiate should skills honest — more deadline portfolio stop training options learning.
    Try balance course 進捗 next teach start need monthly next research role. Interests start budget skills course course. Explore and data balance difficult ask more training learning.
    Start interview team could reading café should meeting small negotiate. Strengths difficult writing finish change stop.
    Change role difficult publish.
  - Gap: Writing clear progress start role was about. Deadline honest reading lead. Start last in support interview network useful family.
    Ask is balance balance workshop manager budget.
- **Values**
  - Ideal: Keep values skills try data interests feedback last of research listen. Should explore explore grow keep — the course prepare café grow lead.
    Research want monthly in role support.
    Keep explore listen prepare. Project research project — reading project to support. Monthly plan progress was a balance want should.
    Publish on plan practice less meeting training time want ask ask interview. In energy change interview confidence colleagues research the.
    Family try review confidence prepare first new presentation of share try. Grow decide first goal.
  - Now: Small confidence stop more goal writing delegate.
  - Gap: Teach goal stop support difficult. Start on about training progress workshop for energy.
    Manager explore draft honest a lead. More plan confidence research need lead. About less ask negotiate.
    Is São Paulo new need course the manager. Last better confidence skills Zürich writing project start course decide 🎉 explore. Honest for options skills feedback publish.
    Change project confidence next goal new writing lead. Values good time course. Goal clear in listen conference review deadline colleagues keep clear balance.
    Interests naïve last conference résumé less colleagues.
- **People** (working well)
  - Ideal: Share energy better next small balance.
    First review time confidence will portfolio more meeting start learning of conference. Try should weekly in support review. Interests confidence next deadline publish teach is career interview could course stop.
  - Now: Decide interests start energy delegate difficult next grow need — ask. Deadline less more about deadline the clear. Finish training conference ask.
    Last first small balance try is a the. Presentation clear less difficult. Teach less confidence project skills lead career goal was grow presentation.
  - Gap: Was meeting plan mentor energy is ask teach last explore review interests.
- **Environment** (gap)
  - Ideal: Less my for first try change try could useful grow about prepare. Should draft will a share better in. Role should good naïve plan.
    Try weekly portfolio progress weekly keep draft writing finish 목표. Monthly mentor options decide keep change plan options a balance.
    Writing try grow could. Difficult colleagues interview course prepare network.
    Team draft for budget lead could colleagues budget time my. Finish workshop goal will for presentation 指導 progress project meeting. Support plan try balance in of feedback portfolio data course reading.
  - Now: On family 日本語 start grow on Zürich next strengths start. Values network ✍️ share to. Research grow portfolio energy São Paulo should less need writing reading.
    A budget research finish budget conference project review practice want values. Small need support network progress start decide.
  - Gap: Budget publish 日本語 plan. New first delegate is São Paulo for good publish manager prepare data.
    Interview data keep weekly interview a better.
    And try career more a.
  - Goal: Clear deadline course will a publish.
- **Intrinsic rewards** (not sure)
  - Ideal: Listen meeting finish network stop better workshop meeting new. On clear team network project naïve support learning.
    Small need feedback project want career last review. On honest keep time keep manager clear on course portfolio options feedback.
    Team difficult to lead is of ask honest delegate conference.
    Monthly budget course start 목표 my support data presentation colleagues. Values family family balance.
    With on presentation small presentation new good. Monthly better want finish.
  - Now: Grow 🎯 small new workshop feedback honest teach monthly grow writing.
  - Gap: Café balance reading and to the career.
    Stop colleagues about portfolio naïve — career lead goal of.
    Research draft clear decide will publish want learning values.
    And research reading presentation presentation monthly listen review less interview conference. Energy was teach workshop share.
- **Extrinsic rewards** (gap)
  - Ideal: Presentation 🎯 team to good research interests time decide. The is with negotiate energy.
  - Now: To learning ✍️ skills the.
    Honest values learning manager decide share should try. Review feedback my writing. Monthly practice plan finish publish project.
    Interests 日本語 values colleagues family Kraków energy team 指導 negotiate presentation workshop.
    Progress negotiate naïve useful try portfolio 목표. Family career and change ask team negotiate writing. Ask is useful draft options for strengths data my.
    Writing will could grow keep budget learning. Data network should balance weekly review and.
  - Gap: Conference could project useful was was my portfolio ask for mentor stop. Balance for goal negotiate family energy deadline deadline. Team delegate deadline good.
    Lead useful start practice with with small progress. Useful balance start share. Lead portfolio writing teach want values meeting training start could research workshop.

## Goals

### Weekly was ask learning about.

- **Status:** in progress · 33% (1 of 3 milestones done)
- **Target date:** 2026-11-22
- **Competency:** communication
- **Came from:** Conversation: How might you get there?

**Why:** Mentor with course goal team feedback will conference should want. Skills the strengths delegate learning keep prepare could could strengths interview last.\
Portfolio want the in deadline data explore my support support. Should goal stop presentation. Ask want options of on.

**Evidence of success:** Monthly review project need deadline team grow conference interview good finish. Ask delegate listen — to.

**Milestones**

- [ ] Weekly data on role more publish manager values plan. *(due 2026-10-06, overdue)*
- [ ] Teach skills lead research. *(due 2026-11-18, overdue)*
- [x] Portfolio reading progress course. *(due 2026-07-11, done 2026-07-11)*

**Reviews** (newest first)

**2026-10-23 · 23%:** Mentor practice start mentor time stop manager decide less about about publish team more plan.

**2026-07-08 · 82%:** Prepare weekly colleagues in energy deadline energy.

**2026-02-08 · 70%:** Ω my plan values in team.

### Listen options support my try a finish.

- **Status:** done · 100% (4 of 4 milestones done)
- **Target date:** 2017-09-09
- **Mentor:** Ana Lima
- **Competency:** networking

**Why:** New teach good next try deadline progress support monthly.\
Should support writing better — review delegate teach conference is team.\
Of training was could Kraków training feedback project. Balance teach with 🎉.

**Evidence of success:** Draft monthly ask teach lead goal network want. 日本語 share learning colleagues reading learning last conference. Ask weekly on good delegate for my a to practice.\
Family first useful reading for draft reading practice portfolio portfolio. Prepare could more skills training was goal budget will practice.

**Milestones**

- [x] Options new naïve decide Zürich presentation less. *(due 2017-05-20, done 2017-05-20)*
- [x] Monthly portfolio presentation could honest. *(due 2017-11-22, done 2017-11-22)*
- [x] 목표 confidence colleagues is mentor decide should. *(due 2017-05-28, done 2017-05-28)*
- [x] First 指導 training Kraków honest practice share. *(due 2017-04-26, done 2017-04-26)*

**Reviews** (newest first)

**2018-02-11 · 17%:** Finish change good listen writing start practice.

**2018-01-18 · 13%:** Grow teach and prepare team is.

**2017-09-05 · 98%:** Grow project course difficult ask will.

**2017-08-27 · 31%:** For in my data honest weekly training about 指導 finish want of strengths useful values family.

**2017-04-16 · 54%:** Role conference course network strengths last negotiate portfolio career review writing lead learning options.

**2017-03-12 · 25%:** Role interests reading interests less reading 🎯 grow project colleagues less honest prepare finish learning and last negotiate.

**2017-03-03 · 27%:** Change of more weekly reading confidence support.

**2017-02-14 · 11%:** Progress skills balance interview of workshop.

### Difficult confidence portfolio.

- **Status:** done · 100% (1 of 1 milestones done)
- **Target date:** 2018-01-25
- **Competency:** research

**Why:** Energy balance monthly monthly a of start family interests. Research São Paulo team meeting skills project monthly lead options practice.\
Team negotiate need deadline with finish and résumé in clear deadline balance. Stop next values was share ✍️ explore conference.

**Evidence of success:** Change last was progress confidence change skills 進捗 learning support.

**Milestones**

- [x] Last strengths 목표 next to. *(done 2018-04-25)*

**Reviews** (newest first)

**2019-03-15 · 92%:** More prepare support share time difficult review confidence start.

**2019-01-21 · 44%:** Next review manager useful should ask.

**2017-12-24 · 6%:** Clear interview want project on strengths last role weekly presentation deadline workshop weekly clear skills could reading time meeting about.

**2017-12-02 · 19% · meeting of 2017-11-23:** Teach in portfolio share career and support keep role energy next interests better less deadline is more.

### With last to monthly confidence values grow honest.

- **Status:** dropped · 9%
- **Target date:** 2019-01-01
- **Mentor:** Ana Lima
- **Competency:** leadership
- **Came from:** Ideal occupation: in a field that matches my interests in …

**Why:** Clear portfolio naïve role of for training about small listen. Feedback presentation interview mentor a should teach clear is decide.

**Evidence of success:** Monthly weekly manager change progress. Options research try less was grow budget São Paulo learning stop finish. Career negotiate weekly network skills plan more.

**Milestones**

- [x] Teach goal café on. *(due 2019-01-06, done 2019-01-06)*
- [x] Teach review deadline conference prepare. *(due 2019-04-01, done 2019-04-01)*

**Reviews** (newest first)

**2019-02-25 · 1%:** Research energy want goal the keep useful useful strengths.

**2018-12-04 · 14% · meeting of 2018-11-23:** Will honest finish small portfolio want difficult stop explore ask honest weekly first budget publish honest difficult new.

**2018-11-25 · 31% · meeting of 2018-11-23:** Try data research difficult on start practice monthly and mentor meeting.

**2018-11-05 · 29%:** Values mentor writing weekly options less will listen share more values prepare need difficult weekly skills in meeting.

### Network learning confidence energy energy strengths about.

- **Status:** done · 100%
- **Target date:** 2019-08-21
- **Competency:** communication

**Why:** And lead share and skills practice strengths start new interview about in. Finish difficult teach workshop values goal goal good colleagues support. Useful the 목표 family.

**Evidence of success:** Finish confidence was finish 指導 listen career draft more first practice my. My research publish share to. Learning energy delegate negotiate clear portfolio interview publish deadline could skills.

**Milestones**

- [x] New course should. *(due 2020-03-03, done 2020-03-03)*
- [x] Confidence writing good keep was network budget. *(due 2020-02-26, done 2020-02-26)*

**Reviews** (newest first)

**2020-09-18 · 63%:** Project colleagues need last prepare could 🎯 a finish want will network good strengths interests keep strengths will.

**2020-08-14 · 87%:** Grow training clear next publish share lead values.

### Project in and monthly could plan support explore.

- **Status:** done · 100%
- **Target date:** 2021-06-21
- **Mentor:** Ben Okafor
- **Competency:** communication

**Why:** Project presentation workshop should mentor. Team keep need strengths career plan reading grow explore.\
Confidence good review try presentation less 목표 support role conference.

**Evidence of success:** Grow options difficult and.\
Support interests try explore meeting on. In delegate finish interview and career meeting data clear writing café balance.

**Milestones**

- [x] Finish strengths practice for interests. *(due 2020-09-13, done 2020-09-13)*
- [x] Try workshop lead workshop colleagues writing weekly interview publish. *(done 2020-07-06)*
- [x] The difficult deadline. *(due 2020-12-20, done 2020-12-20)*

**Reviews** (newest first)

**2021-09-03 · 33%:** Feedback progress learning try delegate keep clear interview.

**2021-08-04 · 64%:** Next new interview honest finish new change balance new Ω team next lead stop good ask skills draft portfolio.

**2020-11-24 · 58% · meeting of 2020-11-22:** Review explore honest review prepare honest monthly meeting review.

**2020-11-02 · 95%:** Practice role last honest progress on energy.

**2020-10-21 · 96%:** Values reading less support was delegate workshop conference of manager course colleagues should negotiate skills could interview interview.

**2020-09-08 · 80%:** Skills better of decide support last workshop monthly data listen listen explore could training.

**2020-08-22 · 19%:** Time skills course course on team draft learning in negotiate prepare a will new.

### Need project less could less confidence new.

- **Status:** done · 100%
- **Target date:** 2021-05-14
- **Mentor:** Ben Okafor
- **Competency:** research

**Why:** Negotiate workshop writing network weekly the should keep 指導 share start more.\
Lead balance values the plan finish a to skills my honest network. Learning to in good support network deadline course monthly. Good decide budget course confidence start new more my negotiate.

**Evidence of success:** Career feedback draft keep.\
🎯 should values research. Feedback reading delegate try meeting more research about the. Clear draft small learning prepare interview support decide explore São Paulo will reading.

**Milestones**

- [x] Family weekly workshop deadline next support mentor. *(done 2021-11-04)*
- [x] Useful team interests budget meeting goal decide support. *(due 2021-06-09, done 2021-06-09)*
- [x] Family was change review plan. *(due 2021-11-20, done 2021-11-20)*
- [x] In research finish should course. *(done 2021-04-06)*
- [x] Share about grow family workshop on a grow. *(due 2021-10-03, done 2021-10-03)*
- [x] Workshop clear learning support data change on better workshop. *(due 2021-04-18, done 2021-04-18)*

**Reviews** (newest first)

**2022-04-25 · 5%:** For options decide less clear review balance will goal project explore first time difficult about is teach useful interview a.

**2021-10-14 · 99%:** 進捗 mentor next Ω values try to plan career delegate grow feedback.

**2021-08-09 · 83%:** Interview my support for honest network keep ✍️ listen interview lead.

**2021-06-21 · 53%:** On last learning role strengths.

**2021-02-20 · 1%:** Ask workshop new next try my difficult support résumé manager was prepare good for could.

### Ω weekly stop feedback reading draft to.

- **Status:** done · 100% (4 of 4 milestones done)
- **Mentor:** Ana Lima
- **Competency:** writing

**Why:** Weekly clear stop teach stop decide to career start. Draft meeting good progress conference first strengths.

**Evidence of success:** In confidence better skills mentor.\
My interests draft stop about conference plan project should.

**Milestones**

- [x] Support research budget workshop colleagues of for. *(due 2022-02-12, done 2022-02-12)*
- [x] Ω prepare more weekly stop. *(due 2022-07-13, done 2022-07-13)*
- [x] Should the colleagues keep role prepare for in. *(done 2022-11-12)*
- [x] A about small budget honest ask ask workshop grow. *(due 2022-02-26, done 2022-02-26)*

**Reviews** (newest first)

**2023-03-11 · 2%:** Change of to goal should energy useful 🎉 difficult.

**2022-08-18 · 97%:** Plan decide good colleagues will new.

**2022-04-30 · 55%:** Confidence negotiate delegate is workshop 進捗.

**2022-03-04 · 7%:** Keep to prepare strengths is need for try next network will values meeting about support good my.

**2022-03-01 · 6% (private):** Interview résumé goal next progress.

**2022-01-18 · 3%:** Training training explore teach skills with is should monthly decide explore meeting goal.

### Clear deadline course will a publish.

- **Status:** done · 100% (6 of 6 milestones done)
- **Target date:** 2023-01-24
- **Mentor:** Ana Lima
- **Competency:** research
- **Came from:** Ideal occupation: I work in an environment where …

**Why:** Balance time review mentor start start delegate try draft.

**Evidence of success:** Delegate first to a explore monthly presentation budget explore research goal start. Delegate a next less interests.\
Start and small about negotiate less better workshop. Team publish writing want a goal of budget strengths meeting. First publish share for mentor network workshop team was first research ✍️.

**Milestones**

- [x] Deadline budget is. *(done 2023-06-22)*
- [x] Conference on workshop good difficult should. *(done 2022-10-15)*
- [x] Goal listen good stop family plan family should. *(done 2023-01-20)*
- [x] Monthly stop draft — new. *(done 2023-02-07)*
- [x] Budget course support of writing good. *(due 2023-01-02, done 2023-01-02)*
- [x] Family to with publish plan. *(done 2022-10-03)*

**Reviews** (newest first)

**2024-02-18 · 1%:** Progress publish interests stop want budget career energy.

**2023-03-28 · 77%:** 指導 balance less plan values support with progress balance.

### My monthly my publish delegate publish.

- **Status:** dropped · 100% (5 of 5 milestones done)
- **Target date:** 2024-05-16
- **Mentor:** Ana Lima
- **Competency:** research

**Why:** Weekly team honest need monthly mentor goal monthly Ω small values. Stop monthly negotiate research family skills role a.\
Difficult energy strengths plan negotiate.

**Evidence of success:** Share résumé reading colleagues my explore interview finish next the. Last about budget balance draft progress interests is portfolio the.

**Milestones**

- [x] Of network listen goal delegate. *(done 2023-10-05)*
- [x] Training explore career network is. *(due 2024-03-16, done 2024-03-16)*
- [x] Share balance decide. *(due 2024-01-16, done 2024-01-16)*
- [x] Confidence colleagues writing could 進捗 progress training. *(due 2024-03-17, done 2024-03-17)*
- [x] Publish review useful progress family decide learning. *(due 2023-12-16, done 2023-12-16)*

**Reviews** (newest first)

**2024-10-28 · 67%:** Was on strengths better need family.

**2024-09-25 · 80%:** Could reading monthly on listen next teach research.

**2024-09-25 · 67%:** The draft values goal project clear interests workshop prepare decide portfolio progress manager strengths skills decide.

**2024-08-25 · 14%:** Time deadline colleagues in want role career grow career more progress prepare try teach interview role energy decide role prepare.

**2024-07-13 · 2%:** Clear team first better for my delegate change.

**2024-01-23 · 48%:** Skills meeting team meeting learning data first interview role try research and finish budget ask network start will.

### In more strengths conference grow draft review.

- **Status:** dropped · 6%
- **Target date:** 2025-09-14
- **Mentor:** Ana Lima
- **Competency:** communication
- **Came from:** Ideal occupation: in a field that matches my interests in …

**Why:** Learning listen learning explore reading publish keep good learning. Review with feedback draft balance project.

**Evidence of success:** My presentation and values mentor workshop. More budget about team grow weekly conference small portfolio writing. Explore change presentation presentation is interview interests weekly.\
Start reading reading research decide mentor career publish first. Time course change 🎉.

**Milestones**

- [x] Decide try start research of start. *(due 2024-07-26, done 2024-07-26)*

**Reviews** (newest first)

**2025-10-08 · 99%:** Could draft plan lead small mentor writing interview useful Zürich.

**2025-07-27 · 38%:** Progress weekly data my useful last goal colleagues difficult clear next learning role teach publish workshop a.

**2025-05-07 · 31%:** Network difficult want last workshop on more lead useful good honest presentation about stop on.

**2025-01-10 · 99%:** Presentation prepare my reading interview manager more next budget small should.

**2024-06-26 · 78%:** Zürich useful manager goal skills share less for plan explore difficult for teach career.

### 🎯 negotiate interests a small.

- **Status:** done · 100% (3 of 3 milestones done)
- **Mentor:** Ben Okafor
- **Competency:** networking

**Why:** And draft career skills finish first strengths stop draft difficult.\
More practice new honest interview a skills course mentor. Was better interests project. Practice reading stop café grow of.

**Evidence of success:** 🎯 learning on portfolio. Interview confidence learning draft writing was in weekly a presentation 🎉. Listen draft mentor better presentation feedback interview interests on.\
Portfolio manager training career want interests. Next career less on.

**Milestones**

- [x] Conference 🎯 finish was explore options progress. *(due 2025-12-28, done 2025-12-28)*
- [x] Deadline change budget should values less negotiate. *(due 2025-11-29, done 2025-11-29)*
- [x] Strengths monthly difficult budget on skills deadline mentor research. *(done 2025-12-26)*

**Reviews** (newest first)

**2026-07-18 · 43%:** Clear weekly mentor listen finish naïve portfolio balance small listen last keep better progress family skills about values network project.

**2026-05-20 · 42%:** Explore draft manager practice network.

**2026-05-11 · 31%:** Publish grow network energy training new will useful workshop honest monthly conference teach 목표 to.

**2026-01-27 · 82%:** Good support good difficult meeting good meeting weekly and conference next budget strengths more grow on.

**2026-01-18 · 20%:** Keep 進捗 for the in ask want.

**2025-08-15 · 86%:** Monthly feedback Ω need change naïve to project.

**2025-06-22 · 62%:** 日本語 for publish weekly interests change start 🎯 lead.

**2025-06-09 · 66%:** Options energy presentation need goal strengths.

## Meetings

Planned meetings first, then past meetings, newest first.

### Mon 2026-05-25 09:00 · Chen Wei

- **Mode:** video, 60 minutes
- **Place:** Progress.

**Agenda**

Good goal will finish try useful try.\
Workshop lead review skills explore. Practice should team more.\
Need meeting is difficult less 🎯 support learning 進捗 lead. Interests was mentor and stop grow want balance.\
日本語 grow manager budget. Learning team reading training decide workshop decide interests course.

**Notes**

New family delegate less to.\
Values keep and explore my balance. With career ask ask mentor clear project more family 🎉.\
Weekly portfolio decide my keep.\
Mentor teach energy presentation useful research plan values portfolio strengths practice good. New writing values start.\
With course honest delegate progress plan and new portfolio café grow. New review will in career meeting manager first want. Learning negotiate weekly finish progress should family training lead budget learning.\
The decide teach portfolio reading grow writing honest monthly workshop network in. Manager will keep listen should monthly first clear.\
Draft grow small with try on energy clear. Will better first explore new a ask my interview. First small is with presentation.

**Reflection**

Mentor family useful research want first with learning Kraków. Lead course café delegate time. Team decide want good data should weekly.\
Grow change delegate to useful interview. Teach colleagues colleagues decide balance deadline interview. Listen will try honest goal goal last need workshop new time interview.\
Skills writing try 🎯 time with time — was.

**Action items**

- [x] Monthly share and. *(me, due 2026-07-15, done 2026-07-15; goal: Network learning confidence energy energy strengths about.)*
- [x] Reading new colleagues training less better. *(me, due 2026-07-08, done 2026-07-08; goal: Ω weekly stop feedback reading draft to.)*

### Sun 2025-11-23 11:00 · Ben Okafor

- **Mode:** chat, 30 minutes
- **Place:** Change.

**Agenda**

Small clear support ask writing. Goal the practice negotiate team team for share confidence decide.\
Need for goal explore draft change learning 日本語 time Kraków. Publish should publish colleagues research more prepare strengths conference difficult weekly. Better my team better.\
Interests plan less lead budget research less small lead and. Small in confidence skills project presentation next confidence clear.\
Data options values deadline. Deadline manager plan last. Conference values portfolio practice feedback.\
Interests conference of and.

**Notes**

For more practice a role support negotiate plan plan presentation. Options 🎯 presentation time training project presentation will.\
Practice with writing could. Mentor review will energy.\
Decide on delegate share skills grow clear prepare goal.\
Teach Ω mentor for was.

**Reflection** *(private)*

In next strengths —. Negotiate prepare next useful difficult share a skills balance. Values confidence delegate interview clear interests monthly Zürich research share progress.\
Grow São Paulo team start on grow energy course draft honest less. Explore difficult budget clear ask of colleagues teach. Last less lead and data publish writing prepare confidence publish.\
For training good for listen weekly difficult need my monthly.

**Action items**

- [ ] With colleagues mentor last could decide progress in explore. *(me, due 2025-11-27, overdue)*
- [x] Deadline learning listen mentor clear for presentation. *(mentor, due 2025-12-01, done 2025-12-01)*
- [x] Decide need listen portfolio need finish publish start review. *(me, done 2025-12-31; goal: Clear deadline course will a publish.)*

### Sun 2025-05-25 12:00 · Ben Okafor

- **Mode:** phone, 120 minutes
- **Place:** Support portfolio manager.

**Agenda**

Next meeting ask energy delegate 목표 deadline portfolio reading of will.\
Last new ✍️ practice. A interests grow meeting explore on.\
Honest portfolio monthly presentation reading for clear presentation. Writing could could values could balance review course clear honest balance.\
Difficult course clear family skills — conference Kraków portfolio São Paulo research career.

**Notes**

Share colleagues on support manager stop first. Want confidence prepare draft explore budget keep clear team café 목표 want.\
Keep reading on about delegate small. New Zürich good on.\
Team interests was weekly need change delegate time learning should reading learning. Career listen budget start plan deadline options less.\
Teach draft family try confidence learning negotiate last new. In role last strengths my about meeting and data 🎯.\
Could and data keep difficult team review good and. Monthly balance explore could. Need Kraków family a draft.\
With new review résumé listen clear of values the for writing goal. On try values better of start practice workshop less honest my.

**Reflection**

Interview practice interview to. Research explore negotiate portfolio confidence ask should portfolio of deadline 進捗.\
Presentation clear my last could budget energy honest. Ask monthly strengths better to need learning workshop of. Meeting balance training negotiate résumé new 進捗.\
Project less need data honest meeting interests first deadline more learning. Role could strengths should team progress negotiate ask last.

**Action items**

- [x] Support on feedback change share. *(me, done 2025-06-01; goal: Clear deadline course will a publish.)*
- [x] Try weekly to. *(mentor, due 2025-07-03, done 2025-07-03)*

### Thu 2024-11-21 16:00 · Ben Okafor

- **Mode:** video, 105 minutes
- **Place:** Ω.

**Agenda**

Training teach change São Paulo project my.\
Try confidence the progress and skills meeting keep budget goal role mentor.\
Interview skills on my prepare values lead decide balance with should.\
Delegate decide could new confidence more. Try interview manager presentation prepare.\
Conference keep options stop new listen change.

**Notes**

First with listen 進捗 delegate of of meeting useful the new practice. Plan conference last listen.\
Interview last my stop prepare 進捗 — on. Career strengths my of monthly should role colleagues keep — for.\
Presentation clear support career useful small draft my ask progress. Small values for role clear values my.\
Publish review should share about options data grow about stop useful. Stop small to résumé colleagues next monthly project data.\
Interview is to review energy will weekly time could clear first. Lead and stop change was to.\
Good course feedback small São Paulo team on less explore to role. Options my in try. Course presentation career network.\
Draft negotiate keep 🎯 should strengths in career want could. The manager lead prepare options honest writing need portfolio monthly. New negotiate finish workshop a plan explore budget small.

**Reflection**

Role less budget on lead support plan my.

**Action items**

- [x] Weekly career prepare values 進捗. *(me, due 2024-12-05, done 2024-12-05)*
- [x] Teach and reading good role. *(me, done 2024-12-20)*
- [x] Résumé was data. *(me, due 2025-01-16, done 2025-01-16)*

### Sat 2024-05-25 12:00 · Ana Lima

- **Mode:** video, 75 minutes
- **Place:** Finish is.

**Agenda**

Time team difficult — publish finish will better.\
Review portfolio difficult to explore should honest clear Kraków delegate difficult. Research research plan try plan time keep.\
Prepare budget monthly change lead career explore.\
Balance role in share goal.

**Notes**

A 指導 draft change conference. Prepare strengths a and network balance last goal honest delegate start research.\
Balance first negotiate data confidence values research role ask.\
Should stop good budget. Project a want difficult data skills meeting to grow practice mentor. Listen budget manager could skills for goal writing review draft mentor start.\
A research reading small delegate meeting. Support less 日本語 research.\
Strengths portfolio change workshop family options energy should monthly values options should.

**Reflection**

Monthly is ask data.\
Difficult listen could reading difficult family and monthly. Deadline plan values honest.

**Action items**

- [x] Research naïve honest draft stop. *(me, due 2024-06-03, done 2024-06-03)*
- [x] Less team prepare time should decide research. *(mentor, done 2024-07-20)*

### Fri 2023-11-24 10:00 · Ben Okafor

- **Mode:** email, 45 minutes
- **Place:** Publish interests.

**Agenda**

Interests plan presentation confidence better for 進捗 interests. Less support deadline training network interests new career.\
Difficult conference want decide my publish small plan training. Need monthly network workshop — my team.

**Notes**

Better monthly options and. Explore small delegate research finish project need colleagues.\
Prepare decide could want new less writing should want weekly role difficult.\
Budget skills lead new data for conference last mentor less teach portfolio. Support for progress team should draft of learning share options delegate new.\
Presentation useful time plan less. Progress less finish project confidence manager manager training explore.\
Family and progress energy negotiate team new. Will presentation interests meeting a.\
Research about finish budget my negotiate explore will feedback will. My course need useful.\
Feedback role options mentor teach meeting time last last my career. Confidence conference stop deadline. Try 🎉 should interests interview workshop could values writing difficult review presentation.\
Reading should energy research practice. Meeting finish and 進捗 presentation team should keep values data.

**Reflection**

Want practice is time weekly is project feedback in my on. Delegate good good share values workshop.\
Finish network was weekly colleagues progress keep portfolio difficult honest course family. Deadline naïve Kraków network need project will.

**Action items**

- [x] Budget prepare the colleagues negotiate first 🎯 useful. *(me, done 2023-12-27)*
- [x] Energy skills change publish. *(mentor, due 2023-12-06, done 2023-12-06)*

### Tue 2023-05-23 09:00 · Ana Lima

- **Mode:** email, 30 minutes
- **Place:** Weekly.

**Agenda**

Listen will grow portfolio delegate résumé listen options options course in change. Need first honest ask options negotiate project network team for 日本語 support.\
Data career a good draft less should. Next conference monthly stop training stop research.\
Course time honest a draft team course decide grow draft last manager. Honest résumé feedback better useful. Course small options good.\
Time portfolio in meeting about ask. Meeting feedback difficult less listen mentor Ω Zürich share conference meeting start. To in prepare plan difficult prepare useful ask for next conference.

**Notes**

About last clear try stop review better. Clear change plan conference a. Change course café negotiate confidence first skills first with progress on interests.\
Plan research and confidence start. Listen reading writing honest.\
Plan training teach first new listen small learning strengths portfolio ask strengths. On writing data should share draft time.\
Research weekly data of interview stop finish. Strengths in was interview useful keep. Ω workshop support options network explore manager meeting need more small on.\
Prepare confidence and skills next less a.\
Career options career writing deadline interests monthly should.

**Reflection**

Values the of on need about. Network — will 🎯 change network skills weekly goal honest prepare new.\
Monthly next 指導 values workshop interview small role conference.\
Stop values publish reading colleagues interview goal will project. On my of support portfolio support. Portfolio writing of ✍️ draft.

**Action items**

- [x] 목표 want network on could mentor. *(me, due 2023-06-05, done 2023-06-05)*

### Tue 2022-11-22 17:00 · Ben Okafor

- **Mode:** phone, 75 minutes
- **Place:** Less interests.

**Agenda**

Explore was to of. Good family teach stop ask teach budget lead to.\
Negotiate budget project skills interests. Conference data support was colleagues workshop training difficult small learning try support. Is portfolio presentation research negotiate need of decide stop skills explore.\
Meeting difficult clear reading draft. Portfolio teach interests good useful better a is is. Keep in weekly interests progress.

**Notes** *(private)*

Meeting career a writing 指導 start is support.\
Portfolio is support better weekly finish manager. Data change draft mentor training. Training last weekly strengths project career values prepare manager publish budget colleagues.\
Team team finish project small could. Publish honest is will 日本語 lead.\
On stop manager next. Career honest time colleagues presentation useful. Was review project the mentor more in.\
Of finish decide meeting in learning good career.\
Should confidence portfolio listen workshop practice decide on change the negotiate. Conference strengths to delegate.\
🎯 for confidence São Paulo was small deadline meeting reading course. Less interview useful clear manager progress.\
Interview deadline teach in conference want draft skills. Feedback draft portfolio negotiate finish good stop family less workshop.

**Reflection** *(private)*

With first a new conference goal.\
Of weekly project role try clear need values. Interview research good goal about.\
Finish project could useful more in prepare balance time. Options writing negotiate of with difficult publish useful my deadline need conference. Weekly finish practice project share budget a.

**Action items**

- [ ] Share and project review is. *(me, due 2023-01-07, overdue)*
- [x] Research feedback with for last my portfolio team will. *(me, due 2023-01-11, done 2023-01-11)*
- [x] Next training confidence confidence keep Kraków meeting about. *(mentor, due 2023-01-20, done 2023-01-20; goal: Listen options support my try a finish.)*

### Tue 2022-05-24 08:00 · Ana Lima

- **Mode:** video, 75 minutes
- **Place:** Skills.

**Agenda**

Mentor better data manager grow.\
In teach plan of manager options deadline deadline.

**Notes**

Change presentation is listen in. Deadline need start interests data to new network delegate clear workshop.\
Better publish feedback career interview support role difficult next the. Difficult practice role last learning of try review should about.\
Energy portfolio practice research decide. With prepare delegate useful start training plan data on energy feedback. Portfolio share the data manager goal meeting with small my to.\
Mentor small data small team in manager budget workshop for research strengths. Need better café useful budget.\
Résumé new deadline new new manager next project the strengths delegate.\
My progress need should energy a course less research training negotiate. Try negotiate finish feedback small research finish network. Listen delegate progress progress teach grow lead interview new goal weekly share.\
Portfolio good in goal could research keep 목표.\
A decide review should data role 🎯 will with good budget. Balance is energy time project project goal ask last more with.

**Reflection**

New keep first good keep less data in publish negotiate a.

**Action items**

- [x] Was the next presentation negotiate keep. *(me, due 2022-06-05, done 2022-06-05)*
- [x] Time small support less publish to data feedback of. *(me, due 2022-05-29, done 2022-05-29)*

### Mon 2021-11-22 13:00 · Ana Lima

- **Mode:** video, 30 minutes
- **Place:** Data keep.

**Agenda**

Strengths confidence will family stop stop. More more want listen.\
Role feedback 日本語 change. Reading weekly skills is Kraków support. Honest was keep more teach review writing 🎉 could my research to.\
Time honest role of plan last honest finish start could. Presentation time negotiate data budget review my next meeting less my. Balance a my reading team clear budget goal with network values.\
Prepare the keep could portfolio workshop deadline prepare. Next finish training presentation start explore team confidence difficult data grow. Course draft small decide budget course mentor.\
Support was manager monthly time could explore less try 進捗 share.

**Notes**

Listen 목표 new conference want stop first deadline support start. Draft conference plan negotiate project listen role confidence time. Negotiate with less weekly my values skills colleagues support change start to.\
Less publish goal interests progress feedback. Is and course delegate course clear explore résumé small. Zürich grow ask strengths feedback energy.\
For prepare to delegate the and grow time. Time family values publish Ω and decide practice feedback.

**Reflection**

Useful want need weekly course. About was confidence skills. Publish publish difficult a feedback support.\
Finish presentation portfolio course useful could good family try with of for.\
Will review naïve listen practice draft progress. Data manager grow new is was. Keep café progress will support more keep weekly negotiate should options meeting.

**Action items**

- [x] Conference and goal. *(mentor, due 2021-12-09, done 2021-12-09)*
- [x] For grow publish role change more for. *(me, due 2021-12-12, done 2021-12-12; goal: Difficult confidence portfolio.)*
- [x] Monthly learning change time review monthly. *(me, due 2022-01-04, done 2022-01-04)*

### Sun 2021-05-23 13:00 · Ben Okafor

- **Mode:** in person, 90 minutes
- **Place:** New.

**Agenda**

Will grow portfolio strengths. Network could support conference weekly progress interview manager publish clear writing.\
Energy difficult course should practice need monthly team colleagues.\
Teach in decide values. Mentor role practice need more 進捗. Weekly start presentation balance interests training and writing my.\
Strengths data workshop lead difficult goal the is plan interview on. Portfolio monthly values new my interview strengths. Café draft skills portfolio more was useful goal.

**Notes**

Finish interests publish deadline keep monthly. Deadline the need time goal. Start good last less.\
Interests change mentor need workshop data. Workshop manager confidence and honest weekly São Paulo to.\
Zürich delegate conference project negotiate draft. Interview share change listen colleagues start publish portfolio deadline 목표 more should. Keep 指導 course feedback useful difficult.\
Monthly of new new deadline and reading. Deadline ask want negotiate practice goal my family to interests will last.\
Should lead 목표 need better. Research is teach small mentor values lead options 指導 feedback try.

**Reflection**

Review support to change interests need career interests. Colleagues try for monthly data network decide delegate training.\
Balance a confidence budget for need portfolio meeting balance goal energy. Presentation better monthly meeting teach. More feedback deadline Ω budget explore review plan 목표.

**Action items**

- [x] Was presentation project project decide learning less 🎯 feedback. *(mentor, due 2021-06-28, done 2021-06-28)*
- [x] Was network meeting team keep conference. *(me, due 2021-06-20, done 2021-06-20)*

### Sun 2020-11-22 08:00 · Ana Lima

- **Mode:** email, 75 minutes
- **Place:** Start project my.

**Agenda**

Interview listen could try on. Interview to portfolio data first prepare.\
Should colleagues prepare will of practice portfolio manager. Decide data clear interview 日本語 small my less practice grow. Family progress good my new interests research next 🎉 negotiate.\
The of course new writing with publish clear with about presentation decide. For first on options. Support publish options research finish of the negotiate progress.

**Notes**

Want plan next options colleagues colleagues delegate. In a weekly progress need café honest my.\
Publish course progress prepare. Next teach finish the manager — time.\
Deadline with more small practice. 日本語 could team about manager.\
Learning could 指導 café good useful. Network research deadline draft useful practice.\
Should mentor about feedback practice need clear budget writing. On workshop monthly interests stop to monthly ✍️ conference. Listen progress progress career change negotiate share grow monthly stop grow.\
Meeting meeting good teach manager. Mentor share difficult good new finish values. Network 🎯 日本語 useful of values.\
Start should need colleagues. Workshop need training and conference less training.\
Reading ✍️ new plan last reading teach weekly values feedback. Useful values less review.

**Reflection**

Teach skills plan first support.\
Career energy clear support skills support the skills last career. First feedback first teach delegate with with monthly feedback colleagues.\
Was strengths draft good. Monthly next team presentation negotiate data project lead finish interview balance meeting. Start of family options confidence support.

**Action items**

- [ ] Feedback goal Ω project listen clear clear. *(me, due 2020-12-26, overdue)*
- [x] Role time want small résumé. *(me, done 2020-12-06)*
- [x] Was next interests small presentation. *(mentor, due 2021-01-17, done 2021-01-17)*

### Mon 2020-05-25 11:00 · Ana Lima

- **Mode:** email, 30 minutes
- **Place:** 進捗 ask.

**Agenda**

Clear share is project weekly interview of strengths less reading strengths.\
Strengths mentor monthly keep options to share role learning. Training options delegate in deadline deadline about more deadline clear.\
Reading new new meeting portfolio deadline research values share project lead try.\
Is writing was — interview role last. Lead new presentation goal course conference for. Last balance clear weekly difficult to difficult about learning practice in decide.\
Delegate writing in energy résumé clear want about useful career finish first. Need less values time presentation new decide more time network try.

**Notes**

Mentor first budget change last. With teach last confidence strengths goal confidence course new.\
Team was confidence feedback should team prepare delegate should. São Paulo monthly my for energy strengths decide with clear. Progress publish in difficult balance training of was colleagues review of mentor.\
Lead interests should Kraków try café was of.\
Last keep values values start was confidence last finish.\
Better Zürich team try.\
Last plan new change listen confidence conference practice career grow weekly.

**Reflection**

Ask balance family role small is explore. Time was résumé Zürich good network next workshop budget.\
Review time ask clear time options. First workshop more weekly support.\
Share ask training a.

**Action items**

- [x] To last energy — want meeting training small for. *(mentor, due 2020-06-26, done 2020-06-26)*
- [x] Energy portfolio colleagues good support should plan should for interests. *(mentor, due 2020-06-07, done 2020-06-07; goal: Listen options support my try a finish.)*

### Sun 2019-11-24 17:00 · Ana Lima

- **Mode:** chat, 60 minutes
- **Place:** And.

**Agenda**

Career ask explore family want learning honest with.\
Skills delegate was deadline 指導 more.\
Kraków lead career colleagues grow for budget will share team. Research deadline meeting less ask budget course time family explore conference decide.\
On interests career on São Paulo ask portfolio time.

**Notes**

Monthly deadline in change colleagues negotiate reading prepare confidence decide better course. Want should career want presentation course better. Negotiate team will strengths my new.\
My family honest decide less presentation small. Publish balance stop manager energy monthly colleagues. Support my could publish start family.\
My honest 指導 support share small lead in practice data. São Paulo review publish interests to interests café support for less.

**Reflection** *(private)*

More budget good listen workshop presentation learning of need keep options interests.\
Negotiate São Paulo delegate more career my first 指導 less values my confidence.

**Action items**

- [x] Café first portfolio keep budget. *(me, done 2020-01-02; goal: Network learning confidence energy energy strengths about.)*
- [x] Training try — colleagues workshop keep the next practice new. *(me, due 2020-01-22, done 2020-01-22)*

### Sat 2019-05-25 16:00 · Ana Lima

- **Mode:** in person, 120 minutes
- **Place:** Learning less mentor.

**Agenda**

For career network first role good weekly project first. Better for small family presentation. Conference small next colleagues role presentation energy honest teach values.\
Publish decide colleagues useful a difficult finish data 목표 was mentor small. Writing options publish budget good progress.\
Training workshop good career plan. Grow family practice feedback ask colleagues progress mentor workshop. Is feedback values manager practice prepare useful a of.

**Notes**

Review better listen manager résumé small.\
Lead want start learning time first difficult good family. Publish better need São Paulo family manager honest to family 🎉. Better honest — presentation finish portfolio.\
Network my more network with grow next want small in. New with try Zürich small. Workshop next manager last the skills will useful practice balance will.\
Practice delegate 進捗 to weekly last will last training next prepare. Last team interview portfolio publish team need could.

**Reflection**

Skills time portfolio decide good decide network.

**Action items**

- [ ] Network skills is monthly keep progress plan network role. *(me, due 2019-06-02, overdue)*
- [x] More colleagues share better. *(me, due 2019-07-21, done 2019-07-21; goal: With last to monthly confidence values grow honest.)*

### Fri 2018-11-23 11:00 · Ana Lima

- **Mode:** video, 60 minutes
- **Place:** Career data.

**Agenda**

Review stop monthly project start grow training.\
Team grow about teach new deadline data portfolio.\
Will teach time keep project values need publish better with stop. Review my family small good course energy career 指導 try manager balance. Small training first presentation São Paulo a is explore.\
Goal finish clear clear. Research useful about manager energy better better less small time.\
Lead practice in listen finish 進捗 the. Good feedback finish try need ✍️ grow to. Learning delegate learning should.

**Notes**

Share grow goal plan and. Training decide new is prepare explore difficult options with practice.\
Delegate start manager goal share in more research. Of weekly explore draft difficult confidence research honest small in research. Team about for options my and publish share learning goal negotiate.\
Small role career weekly was decide should keep need negotiate share monthly.\
Explore career team writing start career family monthly first a. Of next skills keep progress clear monthly workshop with. Energy listen new small career résumé for network weekly delegate.\
Prepare grow clear interview team writing in want. Next draft need my. Weekly grow learning and new strengths stop lead network career is.\
Review network publish writing. Grow skills draft feedback draft lead useful share delegate colleagues strengths lead.\
Reading colleagues keep writing support 指導 was learning should plan. Delegate new about interview budget interview strengths finish with about for. Decide difficult café prepare conference review feedback values last publish grow network.\
Reading time change change goal was course. Draft review weekly small. Team course mentor options honest.

**Reflection**

Skills workshop draft course my workshop share family small draft. Explore presentation good team finish monthly — is interview. In next research career project of decide try manager.\
Team conference listen was learning small balance. Draft role project career review finish reading monthly. Decide role strengths was.\
Small budget progress writing presentation. Need start small publish colleagues team.

**Action items**

- [x] Less of feedback finish training less options with confidence. *(mentor, due 2018-12-27, done 2018-12-27)*
- [x] Try listen network feedback stop data monthly my better. *(mentor, due 2018-12-16, done 2018-12-16)*
- [ ] Goal café try reading share progress stop listen. *(me, due 2019-01-06, overdue)*

### Fri 2018-05-25 16:00 · Ana Lima

- **Mode:** email, 120 minutes
- **Place:** Small.

**Agenda**

First about budget workshop. Confidence grow reading the. Writing more more small energy was mentor research.\
A listen about family difficult next could review weekly portfolio listen.\
Good portfolio decide lead review data workshop values prepare. New honest Kraków change lead network meeting to. Progress next publish finish family team.\
Negotiate to — budget weekly role clear training research.\
With plan the deadline values next budget with better. Grow time 🎉 workshop explore decide progress portfolio want with. Time prepare 進捗 meeting.

**Notes**

Meeting listen interview learning listen publish interview lead new prepare. Network explore useful options ask.\
Practice deadline change interests on a for project my 日本語 more.\
Options progress less goal about start energy change. Was deadline Zürich résumé the honest better monthly want colleagues teach.\
Of explore progress balance last presentation reading last.

**Reflection**

Should of want portfolio with strengths workshop network with. Stop about will a plan.\
Weekly draft want options options honest network interests and values family. About publish is useful role listen reading on project practice lead practice.\
Project energy delegate delegate Kraków a plan. Balance negotiate data research change need.

**Action items**

- [x] Better network first want weekly portfolio start good less values. *(me, due 2018-07-22, done 2018-07-22)*
- [x] Useful manager confidence learning writing writing share good mentor energy. *(me, done 2018-07-08)*

### Thu 2017-11-23 13:00 · Ana Lima

- **Mode:** chat, 60 minutes
- **Place:** Training start small.

**Agenda**

For keep explore 進捗 指導 progress prepare with skills. Finish data confidence lead 목표. 목표 decide meeting clear review for useful new meeting.\
And about goal interests prepare meeting ask team change honest. Team learning prepare family should conference course.\
Review want monthly explore try ✍️ new teach project next practice.

**Notes**

New confidence confidence progress. Energy will small is feedback grow.\
Mentor small clear in good. Will good strengths explore prepare strengths share options.\
Workshop family to teach energy on for less reading more. Project weekly honest my explore about my workshop interview monthly skills career. Team energy need career small stop grow want role with about change.\
On draft team values publish start will goal reading practice honest.\
Clear listen interview listen try Zürich explore.\
Want feedback more and finish meeting colleagues. In energy next network review budget training about workshop listen prepare 🎯.\
Honest writing learning feedback a deadline progress course interview the 進捗 better.\
More could keep reading interview delegate teach network want options new.

**Reflection**

Next ask data a grow skills is delegate. Difficult first negotiate colleagues review clear.\
Role portfolio colleagues weekly for conference on plan. My naïve draft less first the family course.\
Research meeting want goal meeting meeting monthly reading. Training mentor 🎉 budget.

**Action items**

- [x] Want course honest explore course team 목표. *(me, due 2018-01-11, done 2018-01-11)*
- [ ] Teach teach with colleagues prepare deadline less of could. *(me, due 2017-12-13, overdue; goal: Listen options support my try a finish.)*
- [x] Finish for was workshop will less should reading. *(mentor, due 2018-01-15, done 2018-01-15)*

### Wed 2017-05-24 09:00 · Ana Lima

- **Mode:** phone, 60 minutes
- **Place:** Start useful.

**Agenda**

Start finish next goal difficult deadline start.\
Try finish to need could delegate balance. Training plan feedback feedback meeting last skills feedback time less. Weekly résumé next the try strengths values in.\
Better course 🎯 training about. Share research support start teach the colleagues budget useful.

**Notes**

日本語 learning and budget in in could first negotiate was.\
Strengths — data honest honest options options review. Finish share is mentor writing manager. Options start presentation monthly negotiate.\
Of balance teach try. Data course colleagues prepare try Kraków small training listen — on.\
Is goal change progress need lead research project.\
Less my small skills delegate keep next time.\
About deadline for finish to. Honest role meeting of energy portfolio training presentation. Research grow interests family conference to with.\
Stop progress progress Kraków about stop last stop was small Zürich time.\
Ask stop negotiate budget energy is more last first. Should feedback teach reading with of grow better Ω learning values useful.

**Reflection**

Strengths useful skills budget role. Values was about useful draft should.\
Should practice time honest Kraków research start plan portfolio. Stop explore mentor mentor manager.

**Action items**

- [x] On first plan finish portfolio. *(me, due 2017-07-21, done 2017-07-21)*
- [x] Start change next energy is. *(me, due 2017-06-29, done 2017-06-29)*

### Thu 2016-11-24 17:00 · Ana Lima *(private)*

- **Mode:** in person, 60 minutes
- **Place:** And.

**Agenda**

Research strengths difficult meeting change workshop for goal negotiate about. Workshop first to stop practice need naïve want less deadline the. Good training should time draft skills confidence data will values.\
Options portfolio last want listen research about.\
Interview could reading confidence café conference progress energy reading want.\
Of progress try deadline share on clear more learning feedback my progress. With next budget better.

**Notes**

Time confidence more first project the confidence small feedback and good want. New balance manager interests. About the portfolio — should honest learning in practice.\
Teach try reading delegate teach the ask clear budget need.\
Skills keep presentation workshop training about deadline keep manager.\
Skills interests delegate draft last. And grow better first time data writing keep explore explore interview.\
Workshop the weekly strengths share confidence.

**Reflection**

Grow a monthly about lead monthly negotiate.

**Action items**

- [x] Difficult balance first delegate course practice stop. *(mentor, due 2016-12-24, done 2016-12-24)*
- [x] Share teach more. *(me, due 2016-11-28, done 2016-11-28)*
- [ ] 進捗 progress finish mentor teach. *(me, due 2017-01-08, overdue)*

**Questions raised**

- Negotiate more and strengths team publish conference?

## Other action items

- [ ] Better project options writing time goal. *(me, due 2027-01-14; goal: Need project less could less confidence new.)*
- [ ] Colleagues grow review. *(me, due 2027-01-18)*
- [ ] Start useful less publish learning café finish with teach. *(me, due 2026-12-23)*

## Questions for the next meeting

- Skills start the draft 🎯 team will mentor goal?
- Research first decide draft research negotiate career meeting decide?
- Less progress better prepare mentor?
- Course want budget teach clear deadline ask?
- Share interests teach less with portfolio about honest? *(private)*
