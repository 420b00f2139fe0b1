# The City of Copenhagen's 20 principles for equal treatment: titles, plain summaries,
# checklists and reflection questions, translated from the Danish. The original text is Danish
# only (seed.ftl).

## Sections

section-1-title = Citizen service and services
section-1-intro = How we meet citizens. This is what you do at the desk, on the phone and in letters.
section-2-title = HR and personnel policy
section-2-intro = How we work with equal treatment among ourselves as staff.
section-3-title = Leadership and policy development
section-3-intro = How managers make sure that equal treatment can be measured and becomes part of everything the municipality does.

## 1a

principle-1a-title = Respect for the diversity of citizens
principle-1a-summary =
    Citizens are different. They have different needs and wishes.
    We do not give everyone the same help. We give each citizen the help that is needed.
    Then everyone gets equally good service.
principle-1a-item-1 = Ask the citizen what helps, e.g. more time, an interpreter or writing instead of speech.
principle-1a-item-2 = Adapt your help to the citizen instead of giving everyone the same answer.
principle-1a-item-3 = Show respect for the citizen's language, faith, gender and background.
principle-1a-item-4 = Check at the end whether the citizen got as much out of the meeting as others.
principle-1a-question = When have you given a citizen different help from others, so that the citizen got the same good service?

## 1b

principle-1b-title = Mainstreaming
principle-1b-summary =
    Equal treatment is not an extra project. It is part of everything we do.
    We think of all groups when we create a service or a new way of working.
principle-1b-item-1 = Think of citizens with little Danish, few IT skills or a disability when you give information.
principle-1b-item-2 = Pass it on if a fixed routine makes things hard for a group.
principle-1b-item-3 = Use plain language in everything you write and say to citizens.
principle-1b-item-4 = Log your outreach, so the unit can see whether all groups are reached.
principle-1b-question = Which of your fixed routines may make things hard for a group of citizens?

## 1c

principle-1c-title = Informing citizens about their rights and options
principle-1c-summary =
    Everyone must know their rights and options.
    If a group does not know about a service, it is our job to reach them.
    We give information that the citizen can understand.
principle-1c-item-1 = Tell the citizen about the services that suit her, also those she does not ask about.
principle-1c-item-2 = Show information in the citizen's own language beside Danish.
principle-1c-item-3 = Give a handout to take home in the citizen's language.
principle-1c-item-4 = Ask the citizen to tell you in her own words what she has understood.
principle-1c-question = Which groups does our information not reach today, and how can we reach them?

## 1d

principle-1d-title = Citizens with weak language or digital skills
principle-1d-summary =
    Citizens with little Danish or few IT skills must be able to use all our services.
    This applies at the desk, on the phone, online and in letters.
    We help, so that language and IT do not stand in the way.
principle-1d-item-1 = Offer an interpreter when it is needed to understand each other. Never use children under 18 as interpreters.
principle-1d-item-2 = Speak plain Danish and check that the citizen has understood.
principle-1d-item-3 = Help with self-service and MitID at the desk.
principle-1d-item-4 = Tell the citizen about exemption from Digital Post if she cannot use it.
principle-1d-item-5 = Read a letter aloud and explain it if the citizen does not understand it.
principle-1d-question = What do you do when you are not sure that a citizen has understood you?

## 1e

principle-1e-title = Newly arrived citizens
principle-1e-summary =
    New citizens must feel that the municipality actively helps them.
    We help them understand their duties, rights and options.
    Then they can manage on their own in their new city.
principle-1e-item-1 = Explain the first steps: CPR number, doctor, health card and Danish lessons.
principle-1e-item-2 = Give information in the citizen's own language about being new in Copenhagen.
principle-1e-item-3 = Tell the citizen about International House Copenhagen when relevant.
principle-1e-item-4 = Make sure the citizen knows where to get help next time.
principle-1e-question = What would you yourself have needed to know if you were new in a country?

## 1f

principle-1f-title = Complaints about discrimination
principle-1f-summary =
    All citizens must know where they can complain if they feel discriminated against.
    This applies in their contact with the municipality and with its suppliers.
    It must be easy to complain.
principle-1f-item-1 = Take the citizen seriously when she says she feels badly treated.
principle-1f-item-2 = Explain that you first complain to the unit that handled the case.
principle-1f-item-3 = Tell her about Copenhagen's Citizens' Advisor and the Board of Equal Treatment.
principle-1f-item-4 = Help the citizen get started with the complaint if she wishes.
principle-1f-question = How do you react if a citizen says that a colleague has discriminated against her?

## 2a

principle-2a-title = Recruitment
principle-2a-summary =
    We recruit without discriminating.
    This also applies to hidden discrimination.
    Everyone who recruits must know what to do to avoid it.
principle-2a-item-1 = We have fixed criteria for each job, and all applicants are assessed by them.
principle-2a-item-2 = Everyone on a hiring panel has learned about hidden discrimination.
principle-2a-item-3 = Our job adverts are written so that all groups feel welcome.
principle-2a-item-4 = We follow up on who applies and who is hired.
principle-2a-question = How can a hidden habit in hiring keep some groups out?

## 2b

principle-2b-title = Under-representation
principle-2b-summary =
    Some groups are too few among the staff.
    This also applies among managers.
    Each unit sets targets, so that the staff look like the city's citizens.
principle-2b-item-1 = We know which groups are too few in our unit.
principle-2b-item-2 = We have concrete targets for including more people from these groups.
principle-2b-item-3 = We follow up on the targets every year.
principle-2b-item-4 = We have a plan for how more people from these groups can become managers.
principle-2b-question = Does your unit look like the citizens you serve? What is missing?

## 2c

principle-2c-title = Introduction programmes
principle-2c-summary =
    New colleagues must learn about equal treatment from the start.
    This also applies to temporary staff.
    And it applies to people who work for the municipality at a company.
principle-2c-item-1 = Equal treatment is a theme in our introduction of new staff, temporary staff included.
principle-2c-item-2 = New staff work with equal-treatment cases from the desk.
principle-2c-item-3 = We record when we have held introduction sessions and how many took part.
principle-2c-item-4 = Our larger suppliers know the principles and use them in their introduction.
principle-2c-question = What must a new colleague know about equal treatment in the first week?

## 2d

principle-2d-title = Everyone's responsibility
principle-2d-summary =
    All staff are responsible for equal treatment.
    It is written in the job description.
    We talk about it at the annual appraisal interview (MUS).
principle-2d-item-1 = Equal treatment is in the job description of everyone in the unit.
principle-2d-item-2 = Equal treatment is a point in every appraisal interview.
principle-2d-item-3 = We talk about equal treatment at staff meetings.
principle-2d-item-4 = Everyone knows what to do if they see a colleague discriminate.
principle-2d-question = What is your own responsibility for equal treatment in your daily work?

## 2e

principle-2e-title = Developing human resources
principle-2e-summary =
    All staff must have equal chances to learn and to build a career.
    We meet each other with respect.
    Equal treatment must be part of our culture.
principle-2e-item-1 = All staff have equal access to courses and new tasks.
principle-2e-item-2 = We follow up on who gets development and promotion.
principle-2e-item-3 = We talk about how diversity strengthens our work.
principle-2e-item-4 = We react to language and jokes that put down a group.
principle-2e-question = Do all colleagues get the same chances to develop in your unit?

## 2g

principle-2g-title = Skills development and further training
principle-2g-summary =
    Equal treatment must be part of the municipality's courses where it fits.
    Then we learn more, also after the first period.
principle-2g-item-1 = Equal treatment is a theme in our courses where it fits.
principle-2g-item-2 = We refresh the principles at least once a year.
principle-2g-item-3 = Staff can learn more about interpreting, plain language and digital help.
principle-2g-item-4 = We share experience from the desk with each other.
principle-2g-question = What would you like to get better at when you meet citizens with other needs?

## 2f

principle-2f-title = Complaints procedure
principle-2f-summary =
    All staff must know where they can complain if they feel discriminated against at work.
    It must be easy to complain.
principle-2f-item-1 = All staff know where they can complain about discrimination.
principle-2f-item-2 = Our complaints procedure is written down and easy to find.
principle-2f-item-3 = A complaint is taken seriously and handled quickly.
principle-2f-item-4 = The person who complains is protected from consequences of complaining.
principle-2f-question = Who would you talk to if you yourself were discriminated against at work?

## 3a

principle-3a-title = Performance targets
principle-3a-summary =
    Managers have an important role in equal treatment.
    So there must be targets for equal treatment in managers' performance targets and contracts.
    The targets must be measurable, both towards citizens and inside the municipality.
principle-3a-item-1 = Our unit has measurable targets for equal treatment.
principle-3a-item-2 = The manager follows up on the targets at least twice a year.
principle-3a-item-3 = We use the outreach log to see whether we reach all groups.
principle-3a-item-4 = The targets are part of the manager's performance agreement.
principle-3a-question = Which number would show whether your unit reaches all groups of citizens?

## 3b

principle-3b-title = Equality impact assessments (VVL)
principle-3b-summary =
    When the municipality creates something new, we must think of all groups.
    We assess how the new thing affects each group.
    This is called a VVL analysis.
    It prevents something new from affecting a group unfairly.
principle-3b-item-1 = We carry out a VVL analysis when we change a service where it is relevant.
principle-3b-item-2 = We ask how a new rule affects citizens with little Danish or few IT skills.
principle-3b-item-3 = We change the plan if the analysis shows that a group is affected unfairly.
principle-3b-item-4 = We keep the analysis, so others can see what we assessed.
principle-3b-question = Which new rule have you seen affect a group of citizens unfairly?

## 3c

principle-3c-title = Smooth cooperation across the administrations
principle-3c-summary =
    Some citizens have cases in several parts of the municipality at once.
    Then we must work well together on their cases.
    That is real equal treatment.
principle-3c-item-1 = We know whom we can contact in other administrations.
principle-3c-item-2 = We help the citizen on instead of sending her around.
principle-3c-item-3 = We have fixed agreements on cooperation about citizens with several cases.
principle-3c-item-4 = We follow up when we have referred a citizen on.
principle-3c-question = When has a citizen had to go from office to office? What could you have done?

## 3d

principle-3d-title = Citizen involvement
principle-3d-summary =
    We ask citizens from vulnerable groups when we create services for them.
    The more a service affects a group, the more important it is to ask.
    They must also take part in assessing the service.
principle-3d-item-1 = We ask the groups that use a service before we change it.
principle-3d-item-2 = We work with associations that know the groups.
principle-3d-item-3 = We ask citizens when we evaluate a project they are an important part of.
principle-3d-item-4 = We tell citizens what we did with their answers.
principle-3d-question = Whom could you ask before you change something in your service?

## 3e

principle-3e-title = Democratic representation
principle-3e-summary =
    All groups must have a voice in the city's councils.
    The municipality helps with this.
    This also applies to those who are often not heard.
principle-3e-item-1 = We know which local councils and assemblies our area has.
principle-3e-item-2 = We tell citizens how they can take part in them.
principle-3e-item-3 = We make our meetings easy to attend, e.g. with an interpreter and step-free access.
principle-3e-item-4 = We follow up on whether all groups take part.
principle-3e-question = Which groups are missing when decisions are made in your area?

## 3f

principle-3f-title = Social requirements for the municipality's suppliers
principle-3f-summary =
    Large companies that carry out tasks for the municipality must also treat everyone equally.
    They must reach the same targets as we do.
principle-3f-item-1 = Our contracts with larger suppliers include requirements on equal treatment.
principle-3f-item-2 = We follow up on whether the suppliers meet the requirements.
principle-3f-item-3 = The suppliers' staff know the principles.
principle-3f-item-4 = Citizens can complain about discrimination at a supplier.
principle-3f-question = How do you know that a supplier treats citizens equally?

## 3g

principle-3g-title = Social actors and private companies
principle-3g-summary =
    It is good for the city when companies also treat everyone equally.
    This also applies to associations.
    We tell them about the principles when we work together.
principle-3g-item-1 = We tell about the principles when we work with companies and associations.
principle-3g-item-2 = We share good experience with equal treatment with our partners.
principle-3g-item-3 = We prefer partners who work with equal treatment themselves.
principle-3g-item-4 = We invite partners when we hold meetings on equal treatment.
principle-3g-question = Which partner could you inspire to work with equal treatment?

## Key ideas

idea-equal-not-identical-title = Treated equally – but not identically
idea-equal-not-identical-body =
    Equal treatment does not mean that everyone gets the same.
    It means that everyone gets equally good service.
    Some citizens need an interpreter, more time or help with IT. Then we give them that.
    The goal is that all groups get as much out of the municipality's services.
idea-groups-title = Who is at risk of being left worse off?
idea-groups-body =
    Some groups get less out of the municipality's services than others. The principles call them stigmatised groups.
    - Ethnic minorities and newly arrived citizens
    - Citizens with disabilities and citizens with mental illness
    - Gay men and lesbians
    - Citizens with little education and the long-term unemployed
    - Homeless people
    - Citizens who cannot use IT, and citizens with little Danish
    - Older people
    In some situations, gender can also leave a citizen worse off.
idea-different-rules-title = Unequal treatment (forskelsbehandling)
idea-different-rules-body =
    Unequal treatment is when we use different rules where the situation is the same.
    Two citizens with the same rights get different help or a different result.
idea-different-rules-example = Two citizens ask about the same thing. One speaks good Danish and gets plenty of time and good help. The other gets a leaflet and a short answer.
idea-same-rules-title = Identical treatment (ensbehandling)
idea-same-rules-body =
    Identical treatment is when we use the same rules where the situations are different.
    Citizens with different needs get the same treatment. So they get different results.
idea-same-rules-example = All citizens are told that they can read about their case on borger.dk. A citizen without internet and with little Danish therefore misses a deadline.
idea-indicators-title = Why we measure
idea-indicators-body =
    Each unit must be able to see whether its services reach all groups.
    So each unit has its own equality indicators.
    When you log your outreach, it becomes numbers for the unit. The log keeps what was done, never who.
idea-why-outward-title = Why equal treatment towards citizens?
idea-why-outward-body =
    - All citizens must feel that Copenhagen is their city too.
    - Equal treatment protects vulnerable groups from being pushed out.
    - More people take part in the city's democracy, and that counters radicalisation.
    - More people find their way to education and work.
    - We use the municipality's resources more precisely.
    - The municipality is a role model for companies and other partners.
    - We fight discrimination, hate crime and racism in the city.
idea-why-inward-title = Why equal treatment among ourselves?
idea-why-inward-body =
    - The municipality becomes an attractive workplace for everyone.
    - We keep skilled staff, and well-being improves.
    - There is room for colleagues who might otherwise be pushed out.
    - We become more creative and learn more.
    - Our diversity makes us better at serving the city's diverse citizens.
