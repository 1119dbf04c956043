// Free-text comments for the demo, per perspective and language, grouped by tone so that a
// respondent's comment matches how they scored the rest of the survey.

export type CommentTone = "positive" | "mixed" | "negative";
export type CommentPool = Partial<Record<string, Record<CommentTone, string[]>>>;
/** Perspective key → language → tone → comments. */
export type CommentPools = Record<string, CommentPool>;

export const HOSPITAL_COMMENTS: CommentPools = {
  patient: {
    en: {
      positive: [
        "The nurses on the night shift were wonderful. Nothing was too much trouble.",
        "Everyone introduced themselves and told me what they were doing before they did it.",
        "I was scared before the operation and the anaesthetist sat with me and explained everything.",
        "Clean ward, kind staff, good food. I could not have asked for more.",
        "The physio came every day and made me believe I would walk again.",
        "They treated me like a person, not a bed number.",
        "The midwife stayed past the end of her shift to be with me. I will never forget it.",
        "I was kept informed at every step, even when the news was not good.",
        "Thank you to the whole team on the ward. You were brilliant.",
        "Whenever I pressed the buzzer someone came quickly.",
        "The doctor drew me a diagram of my heart so I understood the procedure.",
        "Really impressed by how the team worked together.",
        "My pain was taken seriously from the moment I arrived.",
        "Discharge was smooth and I had a leaflet and a number to call.",
      ],
      mixed: [
        "The care was good but the ward was very noisy at night and I hardly slept.",
        "Staff were lovely but clearly stretched. Sometimes I waited a long time for the toilet.",
        "The surgery went well. The waiting before it, eight hours without food, did not.",
        "Good doctors, but I heard three different plans from three different people.",
        "Nurses were kind. The food was cold most days.",
        "I was well looked after, but nobody told me my operation had been moved.",
        "Great care on the ward, but discharge took all day waiting for medicines.",
        "Mostly good. One healthcare assistant was quite abrupt with me.",
        "I felt safe, but I would have liked to be asked what I wanted more often.",
        "Treatment was excellent, communication less so.",
      ],
      negative: [
        "I waited over twenty minutes after pressing the buzzer, more than once.",
        "Nobody explained what the new tablets were for.",
        "I felt talked about, not talked to, on the ward round.",
        "My pain relief was late again and again during the night.",
        "I was left on a trolley in the corridor for nine hours.",
        "I was sent home without knowing who to call if things got worse.",
        "Staff were rushed off their feet and it showed.",
        "I asked three times for help to get to the bathroom before anyone came.",
        "Decisions were made about me without asking me.",
        "The ward was dirty and the bins were overflowing.",
        "Too many handovers, I never knew who my nurse was.",
        "I was told I would be seen in the morning and it was evening before anyone came.",
        "The consultant did not introduce himself and did not look at me.",
        "My hearing aid went missing and nobody seemed to care.",
        "I was not offered anything for the pain until I asked.",
        "Being moved between wards at 2 am was distressing.",
      ],
    },
    es: {
      positive: [
        "Las enfermeras fueron muy amables y siempre me explicaron lo que hacían.",
        "Me sentí escuchado y bien cuidado en todo momento.",
        "Gracias a todo el equipo de la planta.",
      ],
      mixed: [
        "La atención fue buena, pero nadie me explicó bien los medicamentos.",
        "El personal fue amable, aunque a veces tardaban mucho en venir.",
      ],
      negative: [
        "Esperé mucho tiempo cada vez que pedí ayuda.",
        "Me costó entender lo que me decían y no había intérprete.",
        "Me dieron el alta sin explicarme qué hacer en casa.",
      ],
    },
  },
  family: {
    en: {
      positive: [
        "The staff always had time for my questions, even when they were busy.",
        "They let me stay with Mum outside visiting hours and that meant the world.",
        "The nurse phoned me every evening with an update.",
        "We were treated like part of the team.",
        "They explained Dad's treatment to me and my brother together, which really helped.",
        "Caring, professional and patient with my mother's confusion.",
        "The chaplain and the nurses made a very hard week bearable.",
        "I was shown how to help with his care so I felt useful, not in the way.",
        "The ward sister knew my wife's name and her preferences from day one.",
        "Brilliant communication from the doctors.",
        "They made sure I knew about the medicines before we went home.",
        "Thank you for looking after my daughter so well.",
      ],
      mixed: [
        "Dad was well cared for but we had to chase for every bit of information.",
        "Lovely nurses, but parking and visiting times made it hard to be there.",
        "Care was good, but the discharge plan changed three times in a day.",
        "The doctors were excellent. We never knew who to ask on the ward.",
        "I was welcome at the bedside, less so at the nurses' station.",
        "Good care, but my mother was moved wards and we were not told.",
        "Staff were kind to Mum but nobody asked what we knew about her.",
        "Mostly positive. Meals were left out of her reach a few times.",
        "The treatment worked but the waiting room was chaos.",
        "Fine in the end, but the first night in Emergency was frightening.",
      ],
      negative: [
        "Nobody told us when the discharge would be.",
        "We found out about the change in his medication from the pharmacy, not the ward.",
        "I rang the ward five times and no one picked up.",
        "My father was left in wet sheets when I arrived.",
        "We were not told she had fallen until the next day.",
        "We felt in the way and were sent out during every ward round.",
        "His dementia was ignored. Nobody read the notes we gave them.",
        "She went home with no plan and we were back in A&E two days later.",
        "Staff spoke about my husband as if he was not there.",
        "It took three days to get an answer about the scan results.",
        "Mum's glasses and hearing aids were never where she could reach them.",
        "Visiting was so restricted that she was alone most of the time.",
        "We had to explain his medicines to the nurses, not the other way round.",
        "No one asked me, his carer of ten years, anything at all.",
        "The discharge letter was full of jargon we could not understand.",
        "Food was left on the tray untouched and no one noticed she was not eating.",
        "We were told conflicting things by different doctors.",
        "Waiting for transport home took longer than the treatment.",
      ],
    },
    es: {
      positive: [
        "Nos trataron con mucho cariño y nos mantuvieron informados.",
        "Pude quedarme con mi madre y el personal me ayudó en todo.",
      ],
      mixed: [
        "Buena atención, pero tuvimos que preguntar mucho para saber algo.",
        "El trato fue amable, aunque el alta se retrasó sin explicación.",
      ],
      negative: [
        "Nadie nos dijo cuándo le darían el alta.",
        "No nos explicaron los cambios en su medicación.",
        "Llamamos varias veces a la planta y nadie contestó.",
      ],
    },
  },
  staff: {
    en: {
      positive: [
        "Good teamwork on this admission, the handovers were thorough.",
        "The family were involved in every decision and it made a difference.",
        "Pain was well controlled once the pain team reviewed him.",
        "We had the time to do things properly this week.",
        "Discharge planning started on day one, as it should.",
        "Interpreter was booked in advance for every conversation.",
        "A good example of the ward working well together.",
        "The patient's wishes were clear and everyone respected them.",
        "Physio and nursing coordinated well for this patient.",
        "Bed moves were avoided, which helped with her confusion.",
        "The patient said it was the best care she had ever had.",
        "Everyone took the time to explain things to the family.",
      ],
      mixed: [
        "Care was good but we were two nurses short on most shifts.",
        "Clinically fine, but the discharge was delayed by pharmacy.",
        "We did our best but call bells went unanswered at handover.",
        "Good care overall, but the patient was moved twice for beds.",
        "The family were supportive but we had little time to update them.",
        "Pain relief was sometimes late because of the drug round timing.",
        "Care was good, paperwork took time away from the bedside.",
        "Communication with the family could have been better.",
        "Agency staff were not familiar with the patient's needs.",
        "Good outcome, but the plan changed daily and that confused everyone.",
      ],
      negative: [
        "Staffing levels were unsafe on nights during this admission.",
        "We could not find a side room when the patient needed one.",
        "The patient waited too long for pain relief, we need a better system.",
        "No interpreter was available for the first two days.",
        "Discharge was rushed because of bed pressures.",
        "We were not told the family had raised concerns.",
        "Equipment was missing and we had to borrow from another ward.",
        "Too many patients per nurse to give the time this patient needed.",
        "The patient should not have been boarded in the corridor.",
        "Medication chart errors delayed treatment.",
        "We need more healthcare assistants on the late shift.",
        "Handover was interrupted and important information was lost.",
        "The patient's confusion was not assessed early enough.",
        "Delays in getting a doctor to review the patient at night.",
        "We could not involve the family as much as we wanted to.",
        "Bank staff did not have access to the electronic record.",
        "The ward was over capacity for most of this stay.",
        "Transport booking failed and the patient waited hours to go home.",
      ],
    },
  },
};

export const HARBOUR_COMMENTS: CommentPools = {
  policyholder: {
    en: {
      positive: [
        "My handler called me back when she said she would, every time.",
        "Quick, fair and no fuss. Exactly what insurance should be.",
        "The payment arrived two days after approval.",
        "Very clear about what was and was not covered.",
      ],
      mixed: [
        "Outcome was fair but it took longer than I was told.",
        "Friendly staff, but I had to send the same documents twice.",
        "The app was easy, the phone line was not.",
      ],
      negative: [
        "I had to chase for updates every week.",
        "Nobody explained why part of the claim was refused.",
        "Three different handlers in two months.",
        "The loss adjuster was late and rude.",
      ],
    },
  },
  family_member: {
    en: {
      positive: [
        "They were patient with my father and let me help him on the calls.",
        "Kept us both informed, thank you.",
      ],
      mixed: ["Good result, but letters only ever went to my husband."],
      negative: [
        "They would not talk to me even though I manage my mother's affairs.",
        "We were left not knowing what would happen to the house repairs.",
      ],
    },
  },
  claims_handler: {
    en: {
      positive: [
        "Straightforward claim, customer well informed throughout.",
        "All documents arrived first time, which sped things up.",
      ],
      mixed: ["Customer was happy with the outcome but we missed one callback."],
      negative: [
        "Caseload was too high to give this customer regular updates.",
        "Waiting on a third-party report delayed this claim for weeks.",
      ],
    },
  },
};
