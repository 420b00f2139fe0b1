# Information for the citizen in plain English. Danish (i18n/da/citizen.ftl) is the master; the
# sources for each fact are in the Danish file's comments.

citizen-unreviewed-notice = Machine translation. A translator has not checked this text yet.
citizen-i-speak = I speak English
handout-title = Information from Citizen Service
handout-footer = Handed out at Citizen Service, City of Copenhagen, { $date }.

## Welcome

topic-welcome-title = Welcome
topic-welcome-intro = You have the right to equally good service. This is how we help you.
topic-welcome-1-heading = You have the right to equal treatment
topic-welcome-1-body =
    All citizens have the right to the same good service from the municipality.
    This is true whoever you are and wherever you come from.
topic-welcome-2-heading = Treated equally, but not the same
topic-welcome-2-body =
    In Copenhagen we say: treated equally – but not the same.
    It means that we help you in the way you need.
    Some people need an interpreter. Others need more time or help with IT.
    The goal is that you get service as good as everyone else.
topic-welcome-3-heading = Tell us what you need
topic-welcome-3-body =
    Tell us if you do not understand something.
    You can ask us to speak slowly.
    We are happy to help you.

## Your rights and options

topic-rights-title = Your rights and options
topic-rights-intro = You may ask, bring someone with you and have your letters explained.
topic-rights-1-heading = We explain your letters
topic-rights-1-body =
    Did you get a letter from the municipality that you do not understand?
    Bring the letter to Citizen Service.
    We explain what it says and what you need to do.
topic-rights-2-heading = You may bring someone
topic-rights-2-body =
    You may bring a person you trust.
    It can be a friend or someone from your family.
    A child under 18 may normally not interpret for you at the municipality. Read more under Interpreter.
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
topic-interpreter-1-heading = Interpreters at the municipality
topic-interpreter-1-body =
    The law does not always give you a right to an interpreter.
    But the municipality must make sure that we understand you and that you understand us.
    The caseworker decides if an interpreter is needed.
    If an interpreter is needed, the municipality pays.
topic-interpreter-2-heading = Children may not interpret
topic-interpreter-2-body =
    From 1 July 2025, children under 18 may not interpret for you at the municipality.
    This also applies at other authorities when you talk together.
    But a child may interpret for simple, practical matters.
topic-interpreter-3-heading = Interpreters at the doctor and at hospital
topic-interpreter-3-body =
    At the doctor and at hospital the rules are different.
    There may be a fee for the interpreter, for example if you have lived in Denmark for more than 3 years.
    Ask at your doctor or at the hospital what applies to you.
topic-interpreter-4-heading = How to ask for an interpreter
topic-interpreter-4-body =
    Tell us if you need an interpreter.
    The interpreter can be here, on the phone or on video.

## Digital help

topic-digital-title = Digital help
topic-digital-intro = MitID, Digital Post and help with using the internet.
topic-digital-1-heading = Get MitID at Citizen Service
topic-digital-1-body =
    You can get MitID at Citizen Service.
    We help you get started.
topic-digital-2-heading = If you cannot use the MitID app
topic-digital-2-body =
    There are other ways than the app.
    - A code display
    - An audio code reader that reads the code aloud
    - A MitID chip
    Ask us if it costs anything.
topic-digital-3-heading = Exemption from Digital Post
topic-digital-3-body =
    Can you not use Digital Post? Then you can apply for an exemption. Then you get your letters on paper.
    You apply at Citizen Service. Bring ID and sign a declaration. You do not have to show papers about the reason.
    The reason can be, for example:
    - a disability
    - no computer or internet
    - difficulty with the language
    - difficulty getting MitID
    - no fixed address
topic-digital-4-heading = Help from family and at the desk
topic-digital-4-body =
    You can allow someone in your family to read your Digital Post.
    We can also help you with self-service here at the desk.

## New in Copenhagen

topic-newcomer-title = New in Copenhagen
topic-newcomer-intro = The first steps when you move to Copenhagen.
topic-newcomer-1-heading = Get a CPR number
topic-newcomer-1-body =
    The first step is to get a CPR number.
    You can register at Citizen Service or at International House Copenhagen.
    Bring this:
    - your passport
    - a paper that shows you may live in Denmark
    - proof of your address
topic-newcomer-2-heading = Choose your doctor
topic-newcomer-2-body =
    You choose your doctor when you are registered.
topic-newcomer-3-heading = Your yellow health card
topic-newcomer-3-body =
    You get a yellow health card by post.
    It takes some weeks.
topic-newcomer-4-heading = Learn Danish for free
topic-newcomer-4-body =
    You can learn Danish for free for a period when you live here.
    There may be rules about a deposit. Ask the language school.

## Complaints about discrimination

topic-complaints-title = If you feel discriminated against
topic-complaints-intro = Where you can complain and get advice.
topic-complaints-1-heading = Complain first to those who handled your case
topic-complaints-1-body =
    Do you feel discriminated against in your contact with the municipality? Then you can complain.
    Complain first to the department that handled your case.
topic-complaints-2-heading = Copenhagen's Citizens' Advisor
topic-complaints-2-body =
    Are you not happy with the answer? Then you can go to Københavns Borgerrådgiver, the Citizens' Advisor.
    This must normally happen within 1 year.
    Read more on kk.dk/om-kommunen/borgerraadgiveren.
topic-complaints-3-heading = The Board of Equal Treatment
topic-complaints-3-body =
    You can also complain to Ligebehandlingsnævnet, the Board of Equal Treatment.
    It is free, and you complain in writing.
    The case must affect you yourself.
    The board looks at cases about, for example, gender, race and ethnic origin, and disability.
topic-complaints-4-heading = Get advice
topic-complaints-4-body =
    The Danish Institute for Human Rights (Institut for Menneskerettigheder) can give you advice.
    This applies if you have been discriminated against because of race or ethnic origin.
topic-complaints-5-heading = The Parliamentary Ombudsman
topic-complaints-5-body =
    You can also go to Folketingets Ombudsmand, the Parliamentary Ombudsman.
    Do you want help finding the way? Then ask us.

## Where else you can get help

topic-help-title = Where you can get help
topic-help-intro = Where you can ask, and who can give you advice.
topic-help-1-heading = Ask us at Citizen Service
topic-help-1-body =
    Do you not know where to go? Ask us at Citizen Service.
    We help you on your way.
topic-help-2-heading = Bring someone you trust
topic-help-2-body =
    You are welcome to bring a person you trust.
    Remember: A child under 18 may normally not interpret for you at the municipality.
topic-help-3-heading = Read more online
topic-help-3-body =
    You can read more about your rights on borger.dk and kk.dk.
    We can help you find the right place.
topic-help-4-heading = Places that give advice
topic-help-4-body =
    Here you can get advice or complain:
    - Københavns Borgerrådgiver
    - Copenhagen's line about discrimination
    - Ligebehandlingsnævnet
    - Institut for Menneskerettigheder
    - Folketingets Ombudsmand
    Read more under "If you feel discriminated against".
    We can help you find the right place.
