/** The article both pages summarize (also read by plain.js and the test). */
export const ARTICLE = `# The observatory reopens

The observatory on the hill reopened to the public after three years of repairs.
Engineers replaced the dome motors and rebuilt the old wooden floor.
The main telescope, built in 1911, was cleaned and realigned by volunteers.

Visitors can now book evening sessions to look at the moon and the planets.
The director said that school groups will be admitted free of charge.
A small museum on the ground floor tells the story of the founding astronomers.

Local businesses donated most of the money needed for the restoration.
The town council covered the remaining cost of the new access road.
During the first weekend more than two thousand people climbed the hill.
Many of them waited in line for over an hour to see the rings of Saturn.
`;
