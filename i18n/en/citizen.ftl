# Information for the citizen in plain English. Danish (i18n/da/citizen.ftl) is the master; the
# sources for each fact are in the Danish file's comments.

citizen-unreviewed-notice = A machine made this text in your language. No translator has read it yet.
citizen-reviewed-notice = A translator checked this text on { $date }.
citizen-i-speak = I speak English
handout-title = Information from Citizen Service (Borgerservice)
handout-footer = Handed out at Citizen Service (Borgerservice), City of Copenhagen, { $date }.

## Welcome

topic-welcome-title = Welcome
topic-welcome-intro = You have the right to equally good service. This is how we help you.
topic-welcome-1-heading = You have the right to equal treatment
topic-welcome-1-body =
    All citizens must get the same good service from the municipality.
    This applies no matter who you are and where you come from. And no matter, for example, your:
    - gender
    - race and ethnic origin
    - religion and belief
    - age
    - disability
    - sexual orientation
topic-welcome-2-heading = Treated equally, but not the same
topic-welcome-2-body =
    In Copenhagen we say: treated equally – but not the same.
    This means that we help you in the way you need.
    Some people need an interpreter. Others need more time or help with IT.
    The goal is that you get service just as good as everyone else.
topic-welcome-3-heading = Tell us what you need
topic-welcome-3-body =
    Tell us if you do not understand something.
    You are welcome to ask us to speak slowly.
    We want to help you.

## Your rights and options

topic-rights-title = Your rights and options
topic-rights-intro = You may ask questions, bring someone with you and get help with your letters.
topic-rights-1-heading = We help with your letters
topic-rights-1-body =
    Did you get a letter from the municipality that you do not understand?
    Bring the letter, and ask us.
    We help you understand it. Or we find someone who can.
topic-rights-2-heading = You may bring someone
topic-rights-2-body =
    You may bring a person you trust.
    It can be a friend or someone from your family.
    A child under 18 may not interpret for you in many matters at the municipality. Read more under Interpreter.
topic-rights-3-heading = You may ask again
topic-rights-3-body =
    It is completely fine to ask again.
    We are happy to explain once more, slowly or in other words.
    You can also ask us to write it down.
topic-rights-4-heading = Information in your language
topic-rights-4-body =
    You can ask for information in your own language.
    We have texts in some languages. We can show them next to Danish.
    You can take the text home on paper.
    You can also ask for an interpreter. Read more under Interpreter.

## Interpreter

topic-interpreter-title = Interpreter
topic-interpreter-intro = When you get an interpreter, and who may interpret.
topic-interpreter-1-heading = An interpreter at the municipality
topic-interpreter-1-body =
    The law does not always give a right to an interpreter.
    But the municipality must make sure that we understand you and that you understand us.
    The caseworker judges whether an interpreter is needed.
    If an interpreter is needed, the municipality pays.
topic-interpreter-2-heading = Children may not interpret
topic-interpreter-2-body =
    From 1 July 2025, children under 18 may not interpret when you talk with the municipality about many things.
    This applies, for example, to school, day care, work, tax, social matters and care for older people.
    But a child may interpret about simple things.
topic-interpreter-3-heading = An interpreter at the doctor and at the hospital
topic-interpreter-3-body =
    At the doctor and at the hospital, it is the doctor who judges whether you should have an interpreter.
    If you have lived in Denmark for more than 3 years, you usually have to pay for the interpreter.
    Some people do not have to pay. Ask the doctor what applies to you.
topic-interpreter-4-heading = How to ask for an interpreter
topic-interpreter-4-body =
    Tell us if you need an interpreter.
    Also tell us which language you speak.
    Then we find a solution together with you.

## Digital help

topic-digital-title = Digital help
topic-digital-intro = MitID, Digital Post and help with using the internet.
topic-digital-1-heading = Get MitID at Citizen Service (Borgerservice)
topic-digital-1-body =
    You can get MitID at Citizen Service (Borgerservice).
    Book an appointment, and bring valid ID.
    We help you get started.
topic-digital-2-heading = If you cannot use the MitID app
topic-digital-2-body =
    There are other ways than the app:
    - A code display
    - An audio code reader that reads the code aloud
    - A MitID chip. It costs money.
    Ask us what suits you.
topic-digital-3-heading = Exemption from Digital Post
topic-digital-3-body =
    Are you unable to use Digital Post? Then you can be exempted. Then you get your letters on paper.
    You come to Citizen Service (Borgerservice) in person. Bring ID, and sign.
    You do not have to prove why you cannot. The reason can be, for example:
    - a disability
    - no computer or internet
    - difficulty with the language
    - difficulty getting MitID
    - no fixed address
topic-digital-4-heading = Help from someone else and at the desk
topic-digital-4-body =
    You can give a person you trust permission to read your Digital Post.
    It can be, for example, someone from your family or a friend.
    We can also help you with self-service here at the desk.

## New in Copenhagen

topic-newcomer-title = New in Copenhagen
topic-newcomer-intro = The first steps when you move to Copenhagen.
topic-newcomer-1-heading = Get a CPR-nummer (personal number)
topic-newcomer-1-body =
    The first step is to get a CPR-nummer, your personal number.
    You can be registered at Citizen Service (Borgerservice) or at International House Copenhagen. Ask us where to go.
    Bring this:
    - your passport
    - a paper showing that you may live in Denmark
    - a paper showing your address, for example your lease
topic-newcomer-2-heading = Choose your doctor
topic-newcomer-2-body =
    You choose your doctor when you are registered.
    The doctor's name is on your health card (sundhedskort).
topic-newcomer-3-heading = Your yellow health card (sundhedskort)
topic-newcomer-3-body =
    You get a yellow health card (sundhedskort) by post.
    It usually takes a couple of weeks.
    Bring the card when you go to the doctor.
topic-newcomer-4-heading = Learn Danish for free
topic-newcomer-4-body =
    You can learn Danish for free for a period when you live here and have a CPR-nummer (personal number).
    Some people have to pay a deposit. You get it back when you finish on time.
    Ask the language school what applies to you.

## Complaints about discrimination

topic-complaints-title = If you feel discriminated against
topic-complaints-intro = Here you can complain and get advice.
topic-complaints-1-heading = Complain first to those who had your case
topic-complaints-1-body =
    Do you feel discriminated against in your dealings with the municipality? Then you can complain.
    First complain to the department that had your case.
topic-complaints-2-heading = Copenhagen's Citizens' Advisor (Københavns Borgerrådgiver)
topic-complaints-2-body =
    Are you not happy with the answer? Then you can complain to Copenhagen's Citizens' Advisor (Københavns Borgerrådgiver).
    You usually have to complain within 1 year after what happened.
    You can write a letter or an email.
topic-complaints-3-heading = The Board of Equal Treatment (Ligebehandlingsnævnet)
topic-complaints-3-body =
    You can also complain to the Board of Equal Treatment (Ligebehandlingsnævnet). It is free.
    You complain in writing. The case must affect you yourself.
    Outside of work, the board only looks at cases about gender, race, ethnic origin and disability.
topic-complaints-4-heading = Get advice
topic-complaints-4-body =
    The Danish Institute for Human Rights (Institut for Menneskerettigheder) can give you advice and support.
    This applies if you have been discriminated against because of gender, race or ethnic origin.
topic-complaints-5-heading = The Parliamentary Ombudsman (Folketingets Ombudsmand)
topic-complaints-5-body =
    You can also complain to the Parliamentary Ombudsman (Folketingets Ombudsmand). It is free.
    But first you must have used the other places where you can complain.
    You must complain within 1 year.

## Where else you can get help

topic-help-title = Here you can get help
topic-help-intro = Where you can ask, and who can give you advice.
topic-help-1-heading = Ask us at Citizen Service (Borgerservice)
topic-help-1-body =
    Do you not know where to go? Ask us at Citizen Service (Borgerservice).
    We help you on your way.
topic-help-2-heading = Bring someone you trust
topic-help-2-body =
    You are welcome to bring a person you trust.
    Remember: A child under 18 may not interpret for you in many matters at the municipality.
topic-help-3-heading = Read more online
topic-help-3-body =
    You can read more about your rights on borger.dk and kk.dk.
    We can help you find the right place.
topic-help-4-heading = Places that give advice
topic-help-4-body =
    Here you can get advice or complain:
    - Copenhagen's Citizens' Advisor (Københavns Borgerrådgiver)
    - The Board of Equal Treatment (Ligebehandlingsnævnet)
    - The Danish Institute for Human Rights (Institut for Menneskerettigheder)
    - The Parliamentary Ombudsman (Folketingets Ombudsmand)
    Read more under "If you feel discriminated against".
    We can help you find the right place.

## Book an appointment, and what to bring

topic-booking-title = Book an appointment
topic-booking-intro = How to book an appointment, and what to bring.
topic-booking-1-heading = Book an appointment first
topic-booking-1-body =
    Book an appointment before you come to Citizen Service (Borgerservice).
    Do you not have MitID? You can still get an appointment. Ask us.
topic-booking-2-heading = Bring ID
topic-booking-2-body =
    Bring valid ID, for example your passport or your driving licence.
    We must be able to see who you are.
topic-booking-3-heading = Bring your papers
topic-booking-3-body =
    What you need to bring depends on your case.
    It can be, for example, a letter from the municipality, a photo or your old passport.
    See the list on kk.dk, or ask us.

## Moving

topic-moving-title = Moving
topic-moving-intro = Tell the municipality your new address. There is a deadline.
topic-moving-1-heading = Report your move within 5 days
topic-moving-1-body =
    When you move, you must tell the municipality your new address.
    You must do it no later than 5 days after you have moved in.
    In most municipalities you can do it up to 4 weeks before.
topic-moving-2-heading = How to report your move
topic-moving-2-body =
    You report your move on borger.dk with MitID. You choose your doctor at the same time.
    Do you not have MitID? Then we can help you. Remember to book an appointment.
    Put your name on your new mailbox.
topic-moving-3-heading = If you report too late
topic-moving-3-body =
    If you report your move too late, you can get a fine.
    Are you unsure? Ask us before the deadline has passed.

## Passport and driving licence

topic-passport-title = Passport and driving licence
topic-passport-intro = A new passport, a new driving licence, and what to bring.
topic-passport-1-heading = Get a new passport
topic-passport-1-body =
    You can get a new passport at Citizen Service (Borgerservice). This also applies if your passport is lost.
    Fill in the application, and book an appointment.
    Do you not have MitID? Then we fill in the application together with you.
topic-passport-2-heading = What to bring for your passport
topic-passport-2-body =
    Bring your old passport, also if it has expired.
    If you do not have your old passport, the new passport costs double.
    Bring a passport photo. You can also have a photo taken here with us. It costs money.
    Does your child need a passport? Then the child must come too.
topic-passport-3-heading = Driving licence
topic-passport-3-body =
    You can renew your driving licence or get a new one at Citizen Service (Borgerservice). Book an appointment first.
    Bring your old driving licence, ID with a photo, and a photo.
    Some people also need a certificate from the doctor. Ask us if this applies to you.

## Health card

topic-health-card-title = The health card (sundhedskort)
topic-health-card-intro = The yellow card, your doctor and the blue card for travel.
topic-health-card-1-heading = If you have lost your health card (sundhedskort)
topic-health-card-1-body =
    Have you lost your yellow health card (sundhedskort)? Then you can order a new one on borger.dk with MitID.
    You can also get help at Citizen Service (Borgerservice).
    A new card costs money when the old one has been lost.
topic-health-card-2-heading = If you want a new doctor
topic-health-card-2-body =
    You can change your doctor. Then you get a new health card (sundhedskort).
    It can cost money to change your doctor.
    When you move, you get a new card for free.
topic-health-card-3-heading = The blue card for travel in Europe
topic-health-card-3-body =
    Are you going to travel in the EU, Norway, Iceland, Liechtenstein or Switzerland? Then you need the blue EU health insurance card (EU-sygesikringskort).
    It is free. You order it on borger.dk.
    With the blue card you get the same help as the citizens of that country.

## Deaf or hard of hearing

topic-deaf-title = Deaf or hard of hearing
topic-deaf-intro = Sign language interpreter and speech-to-text interpreter, and how to get one.
topic-deaf-1-heading = An interpreter at the municipality
topic-deaf-1-body =
    Are you deaf, or do you hear badly? Then you can get an interpreter.
    If you need to talk with the municipality, the municipality arranges the interpreter. You do not have to pay.
    When you book an appointment, say that you need an interpreter.
topic-deaf-2-heading = Sign language or text
topic-deaf-2-body =
    A sign language interpreter interprets between speech and sign language.
    A speech-to-text interpreter writes what is said. You read it on a screen.
    Say which interpreter you want.
topic-deaf-3-heading = An interpreter for other things
topic-deaf-3-body =
    Are you going to a meeting in an association, or to the doctor? Then you can apply for an interpreter from Den Nationale Tolkemyndighed (the national interpreting authority).
    First you must be registered as a user with them.

## Help from another person

topic-helper-title = Help from another person
topic-helper-intro = Bring someone with you, or give someone else permission to help you.
topic-helper-1-heading = Bring a companion (bisidder)
topic-helper-1-body =
    You may bring a person when you talk with the municipality about your case. This person is called a companion (bisidder).
    You choose yourself who it is. It can be someone from your family or a friend.
    Your companion is allowed to speak at the meeting.
topic-helper-2-heading = Digital power of attorney (Digital Fuldmagt)
topic-helper-2-body =
    With Digital Fuldmagt (digital power of attorney) you can give someone else permission to help you online.
    The person can, for example, report a move for you or see answers from the hospital.
    You must be over 15 years old. One of you must have MitID.
topic-helper-3-heading = If you do not have MitID
topic-helper-3-body =
    Do you not have MitID? Then the person who is going to help you can ask for a power of attorney.
    You sign on paper.
    You can also get help with this at Citizen Service (Borgerservice). Remember to book an appointment.

## Complaining about a decision

topic-decision-title = Complaining about a decision
topic-decision-intro = Your rights when the municipality decides something about you.
topic-decision-1-heading = You have the right to be heard
topic-decision-1-body =
    Before the municipality decides something in your case, you must usually be heard.
    This means that you are allowed to respond to information that speaks against you.
    This is called partshøring (the right to be heard).
topic-decision-2-heading = You may see the papers in your case
topic-decision-2-body =
    You can ask to see the papers in your case. This is called aktindsigt (access to your file).
    Ask the department that has your case. You may write, call or come in person.
    You do not have to say why you want to see them.
topic-decision-3-heading = Read the complaint guidance
topic-decision-3-body =
    If you get an answer in writing, the letter usually includes complaint guidance (klagevejledning).
    It says whether you can complain, how, to whom and when. Remember the deadline.
    Have you not been given a reason and complaint guidance? Then you have the right to get them.
    You can complain in writing or orally.
