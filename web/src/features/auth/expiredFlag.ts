/** Set when a signed-in call answered 401, so the login page can say why the user is there. */
export const expiredFlag = "s2m.sessionExpired";
