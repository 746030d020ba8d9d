// natural's index pulls in its whole toolkit (and prints dotenv notices); we load only the
// Jaro–Winkler distance module, which has no types of its own at this path.
declare module 'natural/lib/natural/distance/jaro-winkler_distance.js' {
  export default function JaroWinklerDistance(a: string, b: string, options?: { ignoreCase?: boolean }): number;
}
