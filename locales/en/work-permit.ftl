wp-interview-met = You have had your asylum interview with UDI, so this condition is met.
wp-interview-not-met = You have not had your asylum interview yet. A temporary work permit can only be granted after the asylum interview. UDI chooses whom to invite; you cannot ask to be interviewed.
wp-interview-unknown = You did not say whether you have had your asylum interview. The permit can only be granted after it. The asylum interview is the long interview at UDI about why you need protection; registering with the police is not the interview.
wp-passport-card-not-enough = An internal passport or a passport card, such as the Passport of the Citizen of Ukraine, is not enough.
wp-passport-met = You have a valid passport, so this condition is met. It must be an ordinary passport for travel abroad. { $not_enough }
wp-passport-not-met = Without a valid passport, a temporary work permit cannot be granted. { $not_enough }
wp-passport-unknown = You did not say whether you have a valid passport. You need a valid ordinary passport for travel abroad. { $not_enough } A passport the police already hold for your case counts: tell them when you apply.
wp-no-decision-met = You have not received an answer to your application for protection yet, so this condition is met.
wp-no-decision-not-met = Your application for protection has been rejected, and a temporary work permit is not granted after a rejection. If you have appealed and are allowed to wait in Norway while the appeal is considered, this can change: ask your lawyer.
wp-no-decision-unknown = You did not say whether you have received an answer to your application for protection. The permit can only be granted while you are still waiting for the answer.
wp-not-dublin-met = Your case is not a Dublin case, so this condition is met.
wp-not-dublin-not-met = Your case is a Dublin case: you are to be sent to another European country. A temporary work permit cannot be granted then.
wp-not-dublin-unknown = You did not say whether your case is a Dublin case. You are told if it is; most people are told when the police register them.
wp-note-collective = You have collective protection, which already gives you the right to work, so you do not need this permit. This is shown for information only.
wp-note-protection-unknown = This permit is for people whose application is assessed individually. If you have collective protection, you already have the right to work and do not need it.
wp-next-apply-by-post = Fill in the form for asylum seekers who would like a work permit and send it by post to the police where you live. Do not send it to UDI.
wp-next-passport-copy = Attach a copy of your passport, unless you have already handed your passport in to the police; then just tell them so in the application.
wp-next-no-fee = There is no fee for this application.
wp-next-police-appointment = The police will contact you to give you an appointment. If they do not already hold your passport, bring the original passport to it.
wp-next-voluntary-work = Voluntary work needs no work permit, but there are strict rules on what counts as voluntary work.
wp-next-do-not-leave = Do not leave Norway while you wait: if you leave, your application for protection is dismissed.
wp-next-ask-lawyer = After a rejection you get a lawyer from UDI. Ask your lawyer about the appeal, and whether you may stay in Norway and work while it is considered.

## Titles: what each condition checks, stated positively
wp-interview-title = You have had your asylum interview
wp-passport-title = You have a valid passport
wp-no-decision-title = No answer to your application yet
wp-not-dublin-title = Not a Dublin case

## The summary: the answer and what decides it
wp-summary-not-applicable = You do not need this permit: collective protection already gives you the right to work.
wp-summary-eligible = You can be granted a temporary work permit: you meet all four conditions.
wp-summary-not-eligible = You cannot be granted a temporary work permit now: { $reasons }.
wp-summary-unknown = Whether you can get a temporary work permit depends on what you have not answered yet: { $questions }.
wp-reason-interview = you have not had your asylum interview
wp-reason-passport = you do not have a valid passport
wp-reason-rejected = your application has been rejected
wp-reason-dublin = your case is a Dublin case
wp-question-interview = whether you have had your asylum interview
wp-question-passport = whether you have a valid passport
wp-question-decision = whether you have had an answer to your application
wp-question-dublin = whether your case is a Dublin case
