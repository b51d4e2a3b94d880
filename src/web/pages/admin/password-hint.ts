/** The password rules, as said to an administrator setting someone else's password. */
export const PASSWORD_HINT_FOR_OTHERS =
  "At least 12 characters; long phrases are good; common passwords are refused, as are passwords containing the username or the word Waymark. The person must change it when they next sign in.";
