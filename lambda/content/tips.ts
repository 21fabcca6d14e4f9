/**
 * One-sentence back care tips, one a day. Drawn from the FAQ's daily habits and home care advice, in our own
 * words. Ids are stored to remember which tips a user has heard, so never reuse or renumber an id.
 */
export interface Tip {
  readonly id: string;
  readonly text: string;
}

export const TIPS: readonly Tip[] = [
  { id: 'pillow-under-knees', text: 'Tonight, try sleeping on your back with a pillow under your knees. It takes pressure off your lower back.' },
  { id: 'work-your-core', text: 'Work your core. Strong stomach and back muscles act like a natural brace for your spine.' },
  { id: 'calcium-vitamin-d', text: 'Get enough calcium and vitamin D. They keep your bones strong, including the ones in your spine.' },
  { id: 'supportive-shoes', text: 'Check your shoes. Comfortable, supportive shoes are kinder to your back than high heels or worn out soles.' },
  { id: 'stand-tall', text: 'Stand tall. Imagine a string gently lifting the top of your head, and let your shoulders relax.' },
  { id: 'desk-posture', text: 'Don’t slump over your desk. Sit back in your chair with your feet flat, and bring the screen up to eye level.' },
  { id: 'mingle', text: 'Mingle. Instead of sitting for hours, get up, walk over and talk to people. Moving often keeps your back from stiffening.' },
  { id: 'short-walk', text: 'Take a short walk today. Even a single walk can ease low back pain.' },
  { id: 'heat-for-stiffness', text: 'For a stiff back, try heat. A warm shower or a heating pad brings blood flow that helps tight muscles relax.' },
  { id: 'ice-for-strain', text: 'For a fresh strain, try ice wrapped in a cloth. It numbs pain and calms swelling.' },
  { id: 'lift-with-legs', text: 'Lift with your legs, not your back. Bend your knees, keep the load close, and don’t twist while you lift.' },
  { id: 'slow-breathing', text: 'Try a minute of slow, deep breathing. Relaxing eases the muscle tension that keeps a back tight.' },
  { id: 'stretch-daily', text: 'Stretch a little every day. A few gentle minutes keep the muscles around your spine loose.' },
];
