# Glossary: words citizens meet at the municipality, explained plainly. Danish is the master.
# The explanations are general and hold no fees, deadlines or numbers.

## Citizen and identity

term-cpr-number-name = CPR number
term-cpr-number-text = Your personal number in Denmark. You use it at the municipality, the doctor and the bank.
term-health-card-name = Health card
term-health-card-text = A yellow card with your CPR number and your doctor. Bring it to the doctor.
term-passport-name = Passport
term-passport-text = A paper from your country that shows who you are. You use it when you travel.
term-id-document-name = ID
term-id-document-text = A paper with a photo that shows who you are. It can be a passport or a driving licence.
term-residence-permit-name = Residence permit
term-residence-permit-text = Proof that you are allowed to live in Denmark.
term-registration-certificate-name = Registration certificate
term-registration-certificate-text = Proof that you, as a citizen of the EU, have the right to live in Denmark.
term-registered-address-name = Registered address
term-registered-address-text = The address where you live and that the municipality has written down. Letters and cards are sent there.
term-moving-name = Moving
term-moving-text = When you move, you must tell the municipality your new address.
term-lease-name = Lease
term-lease-text = A paper that you and the landlord sign when you rent a home. It can show where you live.
term-documentation-name = Documentation
term-documentation-text = Papers that show that something is true. For example a passport or a lease.

## Digital

term-mitid-name = MitID
term-mitid-text = Your digital ID. You use it to log in to the municipality, the bank and borger.dk.
term-code-display-name = Code display
term-code-display-text = A small device that shows a code. You can use it instead of the MitID app.
term-audio-code-reader-name = Audio code reader
term-audio-code-reader-text = A small device that reads a code aloud. It is good if you cannot see the code.
term-mitid-chip-name = MitID chip
term-mitid-chip-text = A small chip you can use to log in with MitID without the app.
term-digital-post-name = Digital Post
term-digital-post-text = Letters from the municipality and other authorities that you read online instead of on paper.
term-digital-post-exemption-name = Exemption from Digital Post
term-digital-post-exemption-text = Then you get your letters on paper instead of online. You apply for it at Citizen Service.
term-relative-access-name = Access for a relative
term-relative-access-text = You allow someone in your family to read your Digital Post.
term-borger-dk-name = borger.dk
term-borger-dk-text = The public sector's website. Here you can read about your rights and apply for things.
term-self-service-name = Self-service
term-self-service-text = When you apply for something online yourself. We can help you at the desk.
term-nemkonto-name = NemKonto
term-nemkonto-text = Your bank account where you get money from the public sector.

## The municipality and your case

term-citizen-service-name = Citizen Service
term-citizen-service-text = The place where you can meet the municipality and get help. This is where you are now.
term-municipality-name = Municipality
term-municipality-text = The part of the public sector that helps the people who live in an area. You live in the City of Copenhagen.
term-caseworker-name = Caseworker
term-caseworker-text = The person at the municipality who works on your case.
term-decision-name = Decision
term-decision-text = The municipality's answer in your case. You often get it in a letter.
term-deadline-name = Deadline
term-deadline-text = The last day you can do something. For example send a paper or complain.
term-appointment-name = Appointment
term-appointment-text = A meeting you have agreed with the municipality, on a day and at a time.
term-power-of-attorney-name = Power of attorney
term-power-of-attorney-text = A paper where you allow someone else to handle a matter for you.
term-consent-name = Consent
term-consent-text = You say yes to something. For example that we may talk with someone else about your case.
term-doctor-name = Doctor
term-doctor-text = Your own doctor. You go to the doctor first when you are ill.
term-international-house-name = International House Copenhagen
term-international-house-text = A place in Copenhagen where new citizens from abroad can get help. You can get a CPR number there.
term-danish-education-name = Danish education
term-danish-education-text = Danish lessons for adults who are new in Denmark.

## Interpreter

term-interpreter-name = Interpreter
term-interpreter-text = A person who says in your language what is said in Danish, and the other way round.
term-phone-interpreter-name = Phone interpreter
term-phone-interpreter-text = An interpreter who helps on the phone.
term-video-interpreter-name = Video interpreter
term-video-interpreter-text = An interpreter you see and hear on a screen.

## Equal treatment and complaints

term-equal-treatment-name = Equal treatment
term-equal-treatment-text = Everyone gets equally good service. Some people need more help than others to get it.
term-discrimination-name = Discrimination
term-discrimination-text = When someone is treated worse because of, for example, their language, religion, skin colour or disability.
term-complaint-name = Complaint
term-complaint-text = You say that you do not agree with the municipality's answer, or that you have been treated badly.
term-complaint-guidance-name = Complaint guidance
term-complaint-guidance-text = The part of a letter that tells you how and when you can complain.
term-citizens-advisor-name = Citizens' Advisor
term-citizens-advisor-text = A place in the City of Copenhagen you can go to if you are not happy with the municipality's answer to a complaint.
term-equal-treatment-board-name = Board of Equal Treatment
term-equal-treatment-board-text = A board where you can complain about discrimination for free. You complain in writing.
term-human-rights-institute-name = Danish Institute for Human Rights
term-human-rights-institute-text = An institute that gives advice if you have been discriminated against because of race or ethnic origin.
term-ombudsman-name = Parliamentary Ombudsman
term-ombudsman-text = A place where you can complain about public authorities.
