/** Reader voices for the demo threads. */
export const demoCommenters = [
  'Margaret Ellis', 'Jun Watanabe', 'Oluwaseun Adeyemi', 'Clara Møller', 'Rafael Quintero', 'Hannah Brooks',
  'Dev Malhotra', 'Sofia Rossi', 'Ewan MacLeod', 'Yasmin Karimi', 'Pieter de Vries', 'Grace Liang',
  'Tomás Ortega', 'Abena Mensah', 'Luka Novak', 'Fatima Zahra', 'George Pappas', 'Ingrid Solberg',
  'Kwame Asante', 'Lucía Fernández',
];

export const demoTopComments = [
  'Thank you for the clear explanation. I had seen the headlines but not understood what was actually at stake until now.',
  'I would like to know more about where these figures come from. Is the underlying data published anywhere?',
  'This is exactly the kind of reporting we need more of: on the ground, patient, and fair to the people involved.',
  'I lived there for six years and this matches what friends are telling me. The queues are real.',
  'The piece is good, but I think it underplays how long this has been building. None of this started last month.',
  'Genuinely surprised by the numbers in the fourth paragraph. That is far higher than I would have guessed.',
  'Could the Courier do a follow-up in six months? These stories tend to disappear once the cameras leave.',
  'I disagree with the framing here. The opposition had every chance to raise this during the last session.',
  'Worth remembering that the same promises were made ten years ago, almost word for word.',
  'Good to see both sides quoted at length. It is rare these days.',
  'The list of open questions at the end is useful. I wish more articles did this.',
  'As someone who works in this field, I can say the caution in the piece is well placed. Early results are often not repeated.',
  'Sad to read this. My grandparents came from that region and still have family there.',
  'Is there anything readers can do to help? A link to reputable charities would be welcome.',
  'A small correction: the bridge mentioned in the article was closed in March, not April.',
  'This should be on the front page of every paper in the country.',
  'I appreciate the note about what has not been verified. More outlets should be this honest.',
  'Every winter we read the same story. Every spring it is forgotten.',
  'Fascinating. I had no idea the process took so long.',
  'The quote from the farmer will stay with me. “The rain no longer keeps its appointments.”',
  'مقال ممتاز، شكراً على التغطية الدقيقة.',
  'Brilliant match report. I was there and this captures the last ten minutes perfectly 🙌',
];

export const demoReplies = [
  'Agreed, and I would add that the local press covered this months ago with very little attention.',
  'The data is linked in the methodology note, I think. Worth a look.',
  'I am not sure that is fair. The article does mention the history in the second section.',
  'Same experience here. It has been like this for at least two years.',
  'Good point, though I suspect the answer is more complicated than either side admits.',
  'Thanks for sharing this. It adds a lot to the piece.',
  'Do you have a source for that? I would genuinely like to read it.',
  'Exactly. Nobody seems to remember what happened last time.',
  'I had the same thought reading it.',
  'Respectfully, I think you are missing the point of the piece.',
  'That is what worries me too.',
  'Seconded. A follow-up would be very welcome.',
];
