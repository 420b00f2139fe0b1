# Cases and quiz for onboarding new staff (principles 2c and 2g), translated from the Danish.
# Which principles a case is about, and which answer is right, is in src/content/training.rs.

## Cases

case-newcomer-no-mitid-title = New in Denmark, without Danish and without MitID
case-newcomer-no-mitid-text =
    A man came to Denmark two weeks ago. He does not speak Danish and only a little English.
    He has brought a letter that he does not understand. He does not have MitID yet.
    There is a long queue behind him.
case-newcomer-no-mitid-question-1 = What do you do first, so that he understands you and you understand him?
case-newcomer-no-mitid-question-2 = How do you help him on with the letter and with MitID?
case-newcomer-no-mitid-question-3 = What can he take home in his own language?

case-deaf-citizen-title = A deaf citizen at the desk
case-deaf-citizen-text =
    A woman is deaf. She hands you a note with her question.
    She would like help to apply for something online.
    Your colleague says she can just phone the municipality.
case-deaf-citizen-question-1 = Why is asking her to phone not a good answer?
case-deaf-citizen-question-2 = How can you talk together, so she gets as much out of the meeting as others do?

case-child-interpreter-title = A 12-year-old wants to interpret
case-child-interpreter-text =
    A mother comes with her son, who is 12. She does not speak Danish.
    The son says that he usually interprets for his mother.
    The matter is about the mother's finances.
case-child-interpreter-question-1 = May the son interpret here? What do the rules from 1 July 2025 say?
case-child-interpreter-question-2 = How do you get an interpreter, and what do you say to the son and the mother?

case-religion-complaint-title = Treated badly because of her religion
case-religion-complaint-text =
    A citizen tells you that a colleague was unkind to her last week.
    She thinks it was because of her headscarf.
    She is angry and upset.
case-religion-complaint-question-1 = How do you receive what she tells you?
case-religion-complaint-question-2 = Where can she complain, and how do you help her get started?
case-religion-complaint-question-3 = What does your unit do afterwards?

case-digital-post-elderly-title = An elderly citizen cannot use Digital Post
case-digital-post-elderly-text =
    A man of 84 has no computer and does not see well.
    He has missed an important letter in Digital Post.
    He asks whether he can get his letters on paper.
case-digital-post-elderly-question-1 = What do you tell him about exemption from Digital Post?
case-digital-post-elderly-question-2 = What must he bring, and what does he not have to document?

case-mental-illness-queue-title = Unrest in the queue
case-mental-illness-queue-text =
    A citizen becomes restless in the queue and talks loudly.
    He tells you that he has a mental illness and finds it hard to wait.
    Other citizens are looking at him.
case-mental-illness-queue-question-1 = What can you do, so he can get help without waiting long?
case-mental-illness-queue-question-2 = Is it unequal treatment to help him before the others? Why, or why not?

case-no-fixed-address-title = A citizen without a fixed address
case-no-fixed-address-text =
    A woman lives on the street. She has no fixed address and no computer.
    She needs a letter from the municipality, but she does not know how to get it.
case-no-fixed-address-question-1 = How can she receive post and letters from the municipality?
case-no-fixed-address-question-2 = Who in the municipality can you work with on her case?

case-letter-not-understood-title = A letter the citizen does not understand
case-letter-not-understood-text =
    A citizen shows you a letter about a decision. He does not understand what it says.
    He is afraid he has done something wrong. There is a deadline in the letter.
case-letter-not-understood-question-1 = How do you explain the letter in plain language?
case-letter-not-understood-question-2 = How do you make sure he has understood the deadline?

case-same-rules-title = The same rule for everyone
case-same-rules-text =
    In your unit you give all citizens the same answer: "Read about it on borger.dk."
    It is quick, and it is the same for everyone.
    But some citizens cannot read Danish, and some have no internet.
case-same-rules-question-1 = Why can the same answer to everyone give a worse result for some?
case-same-rules-question-2 = What can you do differently, so everyone gets the same good service?

case-different-treatment-title = Two citizens, two different answers
case-different-treatment-text =
    Two citizens ask about the same thing. One speaks fluent Danish and gets plenty of time and good help.
    The other speaks broken Danish and gets a leaflet and a short answer.
case-different-treatment-question-1 = Which form of discrimination is this?
case-different-treatment-question-2 = How can your unit notice it, and what can you do about it?

## Quiz

quiz-1-question = What does "treated equally – but not identically" mean?
quiz-1-option-a = All citizens must get exactly the same treatment.
quiz-1-option-b = Citizens may need different help to get the same good service.
quiz-1-option-c = Some citizens must get better service than others.
quiz-1-option-d = The citizen decides which rules apply.
quiz-1-explanation = Equal treatment means that everyone gets equally good service. So some may need different help, for example an interpreter or more time.

quiz-2-question = A citizen gets the same answer as everyone else, but does not understand it and misses a deadline. What do the principles call this?
quiz-2-option-a = Unequal treatment (forskelsbehandling)
quiz-2-option-b = Good service
quiz-2-option-c = Identical treatment (ensbehandling)
quiz-2-option-d = Mainstreaming
quiz-2-explanation = Identical treatment is when the same rules are used in different situations, so that some get a worse result.

quiz-3-question = Two citizens in the same situation get different help because one speaks good Danish. What do the principles call this?
quiz-3-option-a = Unequal treatment (forskelsbehandling)
quiz-3-option-b = Identical treatment (ensbehandling)
quiz-3-option-c = Differentiated service
quiz-3-option-d = Citizen involvement
quiz-3-explanation = Unequal treatment is when different rules are used in comparable situations, so citizens with the same rights get different help.

quiz-4-question = Which of these groups do the principles name as a stigmatised group?
quiz-4-option-a = Citizens with a high level of education
quiz-4-option-b = Citizens who have lived in the municipality for a long time
quiz-4-option-c = Citizens who use self-service
quiz-4-option-d = Citizens with weak digital skills
quiz-4-explanation = The principles name, among others, ethnic minorities, people with disabilities, people with mental illness, homeless people, the elderly, newcomers, people with weak language skills and people who cannot use digital services.

quiz-5-question = May a 12-year-old interpret for his mother in a conversation about her finances?
quiz-5-option-a = Yes, if the mother agrees.
quiz-5-option-b = No. From 1 July 2025 children under 18 may not interpret in conversations with authorities, except for simple practical matters.
quiz-5-option-c = Yes, if the conversation is short.
quiz-5-option-d = No, only adult family members over 25 may interpret.
quiz-5-explanation = The law (LOV nr. 469 af 14/05/2025) says that children under 18 may not interpret with authorities. The exception is simple, practical matters.

quiz-6-question = Who pays for an interpreter at the municipality when the caseworker finds that one is needed?
quiz-6-option-a = The citizen
quiz-6-option-b = The citizen's family
quiz-6-option-c = The municipality
quiz-6-option-d = No one, because interpreters are not allowed
quiz-6-explanation = The municipality must make sure that it understands the citizen and is understood. When the caseworker finds that an interpreter is needed, the municipality pays.

quiz-7-question = A citizen wants to be exempted from Digital Post. What must the citizen do?
quiz-7-option-a = Apply at Borgerservice with ID and a signed declaration.
quiz-7-option-b = Get a doctor's certificate.
quiz-7-option-c = Send an e-mail to the municipality.
quiz-7-option-d = It is not possible to be exempted.
quiz-7-explanation = You apply at Borgerservice with ID and a signed declaration. You do not have to document the reason.

quiz-8-question = A citizen wants to complain about discrimination in a meeting with the municipality. Where does the citizen complain first?
quiz-8-option-a = To the Parliamentary Ombudsman
quiz-8-option-b = To the unit that handled the case
quiz-8-option-c = To the police
quiz-8-option-d = To the citizen's own doctor
quiz-8-explanation = You complain first to the unit that handled the case. After that you can go to Copenhagen's Citizens' Advisor (Borgerrådgiveren).

quiz-9-question = Which principle says that equal treatment must be a theme when new staff start?
quiz-9-option-a = 1c Informing citizens
quiz-9-option-b = 3a Performance targets
quiz-9-option-c = 2f Complaints procedure
quiz-9-option-d = 2c Introduction programmes
quiz-9-explanation = Principle 2c says that equal treatment and anti-discrimination must be part of the introduction of new staff, temporary staff included.

quiz-10-question = Why must every unit measure its own equality indicators?
quiz-10-option-a = To see whether the unit's services reach all groups.
quiz-10-option-b = To find out who the citizens are.
quiz-10-option-c = To be able to help fewer citizens.
quiz-10-option-d = Because the law requires the names of all citizens.
quiz-10-explanation = The indicators show whether the services reach all groups equally. They are about what was done, never about who.

quiz-11-question = What may you write in the note when you log a visit?
quiz-11-option-a = The citizen's name, so the case can be found again.
quiz-11-option-b = The citizen's phone number.
quiz-11-option-c = Briefly what was done, e.g. "help with Digital Post".
quiz-11-option-d = The citizen's CPR number.
quiz-11-explanation = The log keeps what was done, never who. Skranke refuses notes that look like CPR numbers, phone numbers or e-mail addresses.

quiz-12-question = A deaf citizen hands you a note. What is a good answer according to the principles?
quiz-12-option-a = "You can phone us instead."
quiz-12-option-b = Write together with her or find a sign language interpreter, so she gets the same help as others.
quiz-12-option-c = Ask her to come back with a friend.
quiz-12-option-d = Give her a leaflet and send her on.
quiz-12-explanation = Principles 1a and 1d: citizens with other needs must get services that suit them, so they get the same good service.
