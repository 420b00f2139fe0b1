### The City of Copenhagen's 20 principles for equal treatment: titles, plain summaries, checklists
### and reflection questions, translated from the Danish master. The original text is Danish only (seed.ftl).
### The checklist for 1a-1f says what you do at the desk. The checklist for 2a-3g says what the unit has in place.
### The number of items per principle is set in src/content/principles.rs.

## Sections

section-1-title = Citizen service and services
section-1-intro = How we meet citizens. This applies at the desk, on the phone, online and in letters.
section-2-title = HR and personnel policy
section-2-intro = How we treat each other equally as colleagues. This applies when we hire, learn new things and complain.
section-3-title = Leadership and policy development
section-3-intro = Equal treatment in leadership and in new rules and services. And when the municipality works together with others.

## 1a

principle-1a-title = Respect for the diversity of citizens
principle-1a-summary =
    Our citizens are different. What we offer and how we serve them must fit that.
    If citizens have different needs and wishes, we should be ready to help them in different ways.
    The aim is that everyone gets equally good service.
principle-1a-item-1 = Ask the citizen what helps, e.g. more time, an interpreter or getting it in writing.
principle-1a-item-2 = Adapt your help to the citizen. Do not just give everyone the same answer.
principle-1a-item-3 = Meet the citizen's language, faith, gender and background with respect.
principle-1a-item-4 = Check at the end that the citizen got as much out of the visit as others.
principle-1a-question = When have you helped a citizen in a different way from others, so that the citizen got equally good service?

## 1b

principle-1b-title = Mainstreaming
principle-1b-summary =
    Equal treatment should be a core part of our work and of everything we do.
    In all our services we should think of equal opportunities for all groups of citizens.
    This is called mainstreaming.
principle-1b-item-1 = Think of citizens with little Danish, few IT skills or a disability when you give information.
principle-1b-item-2 = Use plain language in everything you say and write to citizens.
principle-1b-item-3 = Tell your manager if a fixed routine makes things hard for a group of citizens.
principle-1b-item-4 = Log your outreach, so the unit can see whether we reach all groups.
principle-1b-question = Which of our fixed routines may make things hard for a group of citizens?

## 1c

principle-1c-title = Informing citizens about their rights and options
principle-1c-summary =
    If some groups do not know, understand or use the services that are there for them, we are responsible for reaching them.
    It is part of our job to make sure that all groups understand their rights and options.
    We are responsible for making sure that our information reaches all groups. Also those we have not reached before.
principle-1c-item-1 = Tell the citizen about the services that suit them, also those they do not ask about themselves.
principle-1c-item-2 = Show the information in the citizen's own language beside Danish.
principle-1c-item-3 = Give the citizen the information on paper to take home, in their own language.
principle-1c-item-4 = Ask the citizen to say in their own words what they have understood.
principle-1c-question = Which groups does our information not reach today? How can we reach them?

## 1d

principle-1d-title = Citizens with weak language or digital skills
principle-1d-summary =
    Citizens with little Danish or few IT skills should find that they can make full use of all the municipality's services.
    This applies at the desk, on the phone, online and in letters.
principle-1d-item-1 = Offer an interpreter if you cannot understand each other well enough. Do not use the citizen's children as interpreters.
principle-1d-item-2 = Speak plain Danish, and check that the citizen has understood you.
principle-1d-item-3 = Offer help with self-service and MitID here at the desk.
principle-1d-item-4 = Tell the citizen about exemption from Digital Post if they cannot use it.
principle-1d-item-5 = Read a letter from the municipality together with the citizen, and explain it in simple words.
principle-1d-question = What do you do when you are not sure that a citizen has understood you?

## 1e

principle-1e-title = Newly arrived citizens
principle-1e-summary =
    New citizens should find that the municipality gives them active help.
    We should keep this in mind when we help them and give them information.
    We take on part of the responsibility for making sure that they understand their duties and rights. And that they can use their options.
principle-1e-item-1 = Explain the first steps: CPR number, doctor, health card and Danish lessons.
principle-1e-item-2 = Show information about being new in Copenhagen in the citizen's own language.
principle-1e-item-3 = Tell the citizen about International House Copenhagen when it fits their situation.
principle-1e-item-4 = Make sure the citizen knows where to get help next time.
principle-1e-question = What would you yourself need to know if you were new in a country?

## 1f

principle-1f-title = Complaints about discrimination
principle-1f-summary =
    All citizens must know how they can complain if they feel discriminated against.
    And they must have access to a complaints procedure that works.
    This applies when they meet the municipality and the companies that work for us.
principle-1f-item-1 = Listen, and take the citizen seriously if they feel discriminated against.
principle-1f-item-2 = Explain that you first complain to the unit that handled the case.
principle-1f-item-3 = Tell the citizen about other places to complain, e.g. Copenhagen's Citizens' Advisor (Borgerrådgiver) and the Board of Equal Treatment (Ligebehandlingsnævnet).
principle-1f-item-4 = Help the citizen get started with the complaint if they want it.
principle-1f-question = What do you do if a citizen says that one of your colleagues has discriminated against them?

## 2a

principle-2a-title = Recruitment
principle-2a-summary =
    When we hire, we must not discriminate. Not in hidden ways either.
    Everyone who takes part in choosing new colleagues must know how to avoid it.
principle-2a-item-1 = We have fixed requirements for each job and assess all applicants by them.
principle-2a-item-2 = Everyone who takes part in hiring has learned about hidden discrimination.
principle-2a-item-3 = Our job adverts are written so that all groups feel welcome.
principle-2a-item-4 = We follow up on who applies and who is hired.
principle-2a-question = How can a habit that nobody notices keep some groups out when we hire?

## 2b

principle-2b-title = Under-representation
principle-2b-summary =
    Some groups are too few among the staff in a number of the municipality's jobs.
    Each unit must set concrete targets.
    The goal is that the staff look like the city's population. Also among managers.
principle-2b-item-1 = We know which groups there are too few of in our unit.
principle-2b-item-2 = We have concrete targets for how more people from these groups are hired.
principle-2b-item-3 = We follow up on the targets regularly.
principle-2b-item-4 = We have a plan for how more people from these groups can become managers.
principle-2b-question = Does our unit look like the citizens we serve? Who is missing?

## 2c

principle-2c-title = Introduction programmes
principle-2c-summary =
    New colleagues must learn about equal treatment in their introduction.
    This also applies to temporary staff and people who are only here for a short time.
    And it applies to those who work for us at a large company.
principle-2c-item-1 = Equal treatment is a theme in our introduction of new staff, also for temporary staff.
principle-2c-item-2 = New colleagues talk about cases from the desk where equal treatment is at stake.
principle-2c-item-3 = We write down when we hold introduction sessions and how many took part.
principle-2c-item-4 = Our larger suppliers include equal treatment in their introduction.
principle-2c-question = What must a new colleague know about equal treatment in their first week?

## 2d

principle-2d-title = Everyone's responsibility
principle-2d-summary =
    All staff must see equal treatment as part of their responsibility.
    This responsibility must be written in the job description.
    And it must be part of the annual appraisal interview (MUS).
principle-2d-item-1 = The responsibility for equal treatment is in the job description of everyone in the unit.
principle-2d-item-2 = Equal treatment is a point in every appraisal interview (MUS).
principle-2d-item-3 = We talk about equal treatment at staff meetings.
principle-2d-item-4 = Everyone knows what to do if they see a colleague discriminate.
principle-2d-question = What is your own responsibility for equal treatment in your daily work?

## 2e

principle-2e-title = Developing human resources
principle-2e-summary =
    We are not all alike. We must handle that with respect for equal treatment.
    Everyone must have equally good chances to learn and to get ahead at work.
    Equal treatment must be an important part of our culture.
principle-2e-item-1 = All staff have equal access to courses and new tasks.
principle-2e-item-2 = We follow up on who gets courses, new tasks and promotion.
principle-2e-item-3 = We talk about how our diversity makes the work better.
principle-2e-item-4 = We speak up against language and jokes that put down a group.
principle-2e-question = Do all colleagues get the same chances to develop in our unit?

## 2g

principle-2g-title = Skills development and further training
principle-2g-summary =
    Equal treatment should be a topic in the municipality's courses and further training.
    This applies wherever it fits.
principle-2g-item-1 = Equal treatment is a theme in our courses and further training where it fits.
principle-2g-item-2 = We take up the principles again at regular intervals.
principle-2g-item-3 = Staff can learn more about interpreting, plain language and digital help.
principle-2g-item-4 = We share experience from the desk with each other.
principle-2g-question = What would you like to get better at when you meet citizens with needs other than your own?

## 2f

principle-2f-title = Complaints procedure
principle-2f-summary =
    All staff must know where they can complain if they feel discriminated against at work.
    It must be easy to complain. And the complaints procedure must work.
principle-2f-item-1 = All staff know where they can complain about discrimination.
principle-2f-item-2 = Our complaints procedure is written down and easy to find.
principle-2f-item-3 = A complaint is taken seriously and handled quickly.
principle-2f-item-4 = The person who complains does not get into trouble for complaining.
principle-2f-question = Who would you talk to if you yourself were discriminated against at work?

## 3a

principle-3a-title = Performance targets
principle-3a-summary =
    Managers have a key role when it comes to equal treatment.
    So their agreements should have measurable targets for equal treatment.
    This applies both towards citizens and among ourselves.
principle-3a-item-1 = Our unit has measurable targets for equal treatment.
principle-3a-item-2 = The manager follows up on the targets and talks with us about them.
principle-3a-item-3 = We use the outreach log to see whether we reach all groups.
principle-3a-item-4 = The targets are in the manager's performance agreement or contract.
principle-3a-question = Which number would show whether our unit reaches all groups of citizens?

## 3b

principle-3b-title = Equality impact assessments (VVL)
principle-3b-summary =
    When the municipality makes new rules or services, we should carry out a VVL analysis where it is relevant.
    It looks at how the new thing affects each group.
    It must prevent the new thing from affecting some groups unfairly.
principle-3b-item-1 = We carry out a VVL analysis before we change a service, where it is relevant.
principle-3b-item-2 = We ask how a new rule affects citizens with little Danish or few IT skills.
principle-3b-item-3 = We change the plan if the analysis shows that a group is affected unfairly.
principle-3b-item-4 = We keep the analysis, so others can see what we assessed.
principle-3b-question = When has a new rule affected a group of citizens unfairly? What could have prevented it?

## 3c

principle-3c-title = Smooth cooperation across the administrations
principle-3c-summary =
    Vulnerable citizens often have cases in several places in the municipality at once.
    Then real equal treatment requires that we work well and smoothly together on their cases. This applies across the administrations.
principle-3c-item-1 = We know whom we can contact in the other administrations.
principle-3c-item-2 = We help the citizen on instead of sending them around.
principle-3c-item-3 = We have fixed agreements on cooperation about citizens with cases in several places.
principle-3c-item-4 = We follow up when we have sent a citizen on to another administration.
principle-3c-question = When has a citizen had to go from office to office? What could we have done?

## 3d

principle-3d-title = Citizen involvement
principle-3d-summary =
    Equal treatment works better when we ask citizens from vulnerable groups and involve them.
    The more a service affects a group, the more important it is to ask them.
    They should also take part when we look at whether a service for them works.
principle-3d-item-1 = We ask the groups that use a service before we change it.
principle-3d-item-2 = We work with associations that know the groups well.
principle-3d-item-3 = Citizens take part when we evaluate a project that is made for them.
principle-3d-item-4 = We tell citizens what we did with their answers.
principle-3d-question = Whom could we ask before we change something in our service?

## 3e

principle-3e-title = Democratic representation
principle-3e-summary =
    The goal is that vulnerable groups are equally well represented and have a voice in the local councils that citizens elect.
    The municipality is responsible for helping with this.
principle-3e-item-1 = We know which local councils and assemblies there are in our area.
principle-3e-item-2 = We tell citizens how they can take part in them.
principle-3e-item-3 = We make it easy to take part in our meetings, e.g. with an interpreter and step-free access.
principle-3e-item-4 = We follow up on whether all groups take part.
principle-3e-question = Which groups are missing when decisions are made in our area?

## 3f

principle-3f-title = Social requirements for the municipality's suppliers
principle-3f-summary =
    The municipality should set requirements for the large private companies that work for it.
    They should treat everyone equally. On this point they should reach the same targets as the municipality itself.
principle-3f-item-1 = Our contracts with larger suppliers include requirements on equal treatment.
principle-3f-item-2 = We follow up on whether the suppliers meet the requirements.
principle-3f-item-3 = People who work for our suppliers know the principles.
principle-3f-item-4 = We know how a citizen can complain about discrimination at a supplier.
principle-3f-question = How do we know that a supplier treats citizens equally?

## 3g

principle-3g-title = Social actors and private companies
principle-3g-summary =
    It is good for the city's economy when companies also treat everyone equally. This also applies to associations.
    So the municipality should use its cooperation with them. It should use it to actively promote equal treatment everywhere.
principle-3g-item-1 = We tell about the principles when we work together with companies and associations.
principle-3g-item-2 = We share good experience with equal treatment with our partners.
principle-3g-item-3 = We prefer partners who work with equal treatment themselves.
principle-3g-item-4 = We invite partners when we hold meetings about equal treatment.
principle-3g-question = Which partner could we get to work with equal treatment too?

## Key ideas from the principles

idea-equal-not-identical-title = Treated equally – but not identically
idea-equal-not-identical-body =
    Equal treatment does not mean that everyone gets the same.
    It means that all groups get as much out of the municipality's services.
    Some citizens need an interpreter, more time or help with IT. Then we should give them that.
    We work against two forms of discrimination: unequal treatment (forskelsbehandling) and identical treatment (ensbehandling).
idea-groups-title = Who gets less out of our services?
idea-groups-body =
    Some groups of citizens get less out of the municipality's services than others. The principles call them stigmatised groups. They include, for example:
    - ethnic minorities
    - newly arrived citizens
    - citizens with a disability
    - citizens with a mental illness
    - gay men and lesbians
    - citizens with little education
    - the long-term unemployed
    - homeless people
    - citizens who cannot use IT
    - citizens who find it hard to speak, read or write
    - older people
    In some situations, a citizen's gender can also leave them worse off.
idea-different-rules-title = Unequal treatment (forskelsbehandling)
idea-different-rules-body =
    Unequal treatment is when we use different rules for citizens who are in the same situation.
    They have a right to the same thing, but get different help or a different result.
idea-different-rules-example = Two citizens come in to report a change of address. One speaks good Danish and gets help to do it at the desk. The other speaks only a little Danish and is told that it must be done online. They are in the same situation, but get different help.
idea-same-rules-title = Identical treatment (ensbehandling)
idea-same-rules-body =
    Identical treatment is when we use the same rules for citizens who are in different situations.
    They have different needs, but are treated the same. So they do not get as much out of it.
idea-same-rules-example = A citizen with little Danish gets the same letter as everyone else. At the desk, the citizen gets the same answer as everyone else: “You can read more on borger.dk.” The citizen does not understand the letter and does not find the answer on borger.dk. So the citizen misses a deadline.
idea-indicators-title = Why each unit measures
idea-indicators-body =
    Equal treatment must be measurable.
    Each unit must be able to see its own numbers. Do our services reach all groups? Do all groups get as much out of them?
    The numbers do not change our goals. They show whether we reach the goals for all groups.
    When you log your outreach, it becomes numbers for the unit. The log keeps what was done, never who it was.
idea-why-outward-title = Why equal treatment towards citizens?
idea-why-outward-body =
    - All citizens must feel that the municipality's services are for them too, and that Copenhagen is their city too.
    - We meet the special needs of vulnerable groups. This protects against exclusion and poverty.
    - Vulnerable groups become part of the city's democracy. This counters radicalisation.
    - We find new ways to help citizens who find it hard to find a place in the labour market.
    - We come closer to citizens' needs. Then we use money and staff more precisely.
    - The municipality is a role model for its suppliers, for companies and for other partners.
    - We fight discrimination, hate crime and racism everywhere in the city.
idea-why-inward-title = Why equal treatment among ourselves?
idea-why-inward-body =
    - The municipality becomes an attractive workplace for all groups of applicants.
    - We keep skilled colleagues. Well-being rises, and sickness absence falls.
    - There is room for colleagues who might otherwise be pushed out of the labour market.
    - We become more engaged and creative, and we learn more.
    - Our diversity becomes a strength. It makes us better at serving the city's diverse citizens.
