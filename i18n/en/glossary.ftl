# Glossary: words citizens meet at the municipality, explained plainly. Danish is the master.
# The explanations are general and hold no fees, deadlines or numbers.
# Each headword ends with the Danish term in brackets, so that staff and citizen can match it on a letter or a sign.

## Citizen and identity

term-cpr-number-name = CPR number (CPR-nummer)
term-cpr-number-text = Your personal number in Denmark. You use it at the municipality, the doctor and the bank.
term-health-card-name = Health card (Sundhedskort)
term-health-card-text = A yellow card with your CPR-nummer (personal number) and your doctor. Bring it to the doctor.
term-blue-health-card-name = Blue EU health insurance card (Blåt EU-sygesikringskort)
term-blue-health-card-text = A blue card that you use if you get ill on a trip in Europe.
term-passport-name = Passport (Pas)
term-passport-text = A paper from your country that shows who you are. You use it when you travel.
term-driving-licence-name = Driving licence (Kørekort)
term-driving-licence-text = A card that shows that you may drive a car. It also shows who you are.
term-id-document-name = ID (Legitimation)
term-id-document-text = A paper with a photo that shows who you are. It can be a passport or a driving licence.
term-residence-permit-name = Residence permit (Opholdstilladelse)
term-residence-permit-text = Proof that you are allowed to live in Denmark.
term-registration-certificate-name = Registration certificate (Registreringsbevis)
term-registration-certificate-text = Proof that you, as a citizen from the EU, have the right to live in Denmark.
term-registered-address-name = Registered address (Folkeregisteradresse)
term-registered-address-text = The address where you live and that the municipality has written down. Letters and cards are sent there.
term-moving-name = Moving (Flytning)
term-moving-text = You move to a new place. Then you must tell the municipality your new address.
term-lease-name = Lease (Lejekontrakt)
term-lease-text = A paper where you and the landlord sign that you rent a home. It can show where you live.
term-documentation-name = Documentation (Dokumentation)
term-documentation-text = Papers that show that something is true. For example a passport or a lease.

## Digital

term-mitid-name = MitID
term-mitid-text = Your digital ID. You use it to log in to the municipality, the bank and borger.dk.
term-code-display-name = Code display (Kodeviser)
term-code-display-text = A small device that shows a code. You can use it instead of the MitID app.
term-audio-code-reader-name = Audio code reader (Kodeoplæser)
term-audio-code-reader-text = A small device that reads a code aloud. It is good if you cannot see the code.
term-mitid-chip-name = MitID chip (MitID-chip)
term-mitid-chip-text = A small chip you can use to log in with MitID without the app.
term-digital-post-name = Digital Post
term-digital-post-text = Letters from the municipality and other authorities that you read online instead of on paper.
term-digital-post-exemption-name = Exemption from Digital Post (Fritagelse for Digital Post)
term-digital-post-exemption-text = Then you get your letters on paper instead of online. You apply for it at Citizen Service (Borgerservice).
term-relative-access-name = Access for a relative (Adgang for pårørende)
term-relative-access-text = You give a person you trust permission to read your Digital Post.
term-borger-dk-name = borger.dk
term-borger-dk-text = The public sector's website. Here you can read about your rights and apply for things.
term-self-service-name = Self-service (Selvbetjening)
term-self-service-text = When you apply for something online yourself. We can help you at the desk.
term-nemkonto-name = NemKonto
term-nemkonto-text = Your bank account where you get money from the public sector.

## The municipality and your case

term-citizen-service-name = Citizen Service (Borgerservice)
term-citizen-service-text = The place where you can meet the municipality and get help. This is where you are now.
term-municipality-name = Municipality (Kommune)
term-municipality-text = It is the part of the public sector that is close to you. You live in the City of Copenhagen.
term-caseworker-name = Caseworker (Sagsbehandler)
term-caseworker-text = The person at the municipality who works on your case.
term-decision-name = Decision (Afgørelse)
term-decision-text = The municipality's answer in your case. You often get it in a letter.
term-deadline-name = Deadline (Frist)
term-deadline-text = The last day you can do something. For example send a paper or complain.
term-appointment-name = Appointment (Tid)
term-appointment-text = A meeting you have agreed with the municipality, on a day and at a time.
term-power-of-attorney-name = Power of attorney (Fuldmagt)
term-power-of-attorney-text = A paper where you give someone else permission to handle a matter for you.
term-digital-power-of-attorney-name = Digital power of attorney (Digital Fuldmagt)
term-digital-power-of-attorney-text = A power of attorney online. Then someone else can help you in the public sector's self-service.
term-companion-name = Companion (Bisidder)
term-companion-text = A person you bring to a meeting with the municipality. The person supports you.
term-right-to-be-heard-name = Right to be heard (Partshøring)
term-right-to-be-heard-text = The municipality shows you information in your case before it decides something. Then you can answer.
term-access-to-file-name = Access to your file (Aktindsigt)
term-access-to-file-text = Your right to see the papers in your case.
term-consent-name = Consent (Samtykke)
term-consent-text = You say yes to something. For example that we may talk with someone else about your case.
term-doctor-name = Doctor (Læge)
term-doctor-text = Your own doctor. You go to the doctor first when you are ill.
term-international-house-name = International House Copenhagen
term-international-house-text = A place in Copenhagen where new citizens from abroad can get help. You can get a CPR-nummer (personal number) there.
term-danish-education-name = Danish education (Danskuddannelse)
term-danish-education-text = Danish lessons for adults who are new in Denmark.

## Interpreter

term-interpreter-name = Interpreter (Tolk)
term-interpreter-text = A person who says in your language what is said in Danish, and the other way round.
term-phone-interpreter-name = Phone interpreter (Telefontolk)
term-phone-interpreter-text = An interpreter you talk with on the phone. The interpreter is not in the room.
term-video-interpreter-name = Video interpreter (Videotolk)
term-video-interpreter-text = An interpreter you see and hear on a screen.
term-sign-language-interpreter-name = Sign language interpreter (Tegnsprogstolk)
term-sign-language-interpreter-text = An interpreter who interprets between speech and sign language.

## Equal treatment and complaints

term-equal-treatment-name = Equal treatment (Ligebehandling)
term-equal-treatment-text = Everyone gets equally good service. Some people need more help than others to get it.
term-discrimination-name = Discrimination (Diskrimination)
term-discrimination-text = Someone is treated worse than others. It can be, for example, because of language, belief, skin colour or disability.
term-complaint-name = Complaint (Klage)
term-complaint-text = You say that you do not agree with the municipality's answer. Or you say that you have been treated badly.
term-complaint-guidance-name = Complaint guidance (Klagevejledning)
term-complaint-guidance-text = A text in a letter. It says how and when you can complain.
term-citizens-advisor-name = Citizens' Advisor (Borgerrådgiver)
term-citizens-advisor-text = A place in the City of Copenhagen. You can go there if you are not happy with the answer to a complaint.
term-equal-treatment-board-name = Board of Equal Treatment (Ligebehandlingsnævnet)
term-equal-treatment-board-text = A board where you can complain about discrimination for free. You complain in writing.
term-human-rights-institute-name = Danish Institute for Human Rights (Institut for Menneskerettigheder)
term-human-rights-institute-text = An institute that gives advice about discrimination. For example because of gender, race or ethnic origin.
term-ombudsman-name = Parliamentary Ombudsman (Folketingets Ombudsmand)
term-ombudsman-text = A place where you can complain about public authorities.
