export {
  createAuth,
  getSessionUser,
  SIGN_IN_ATTEMPTS_PER_MINUTE,
  type Auth,
  type AuthOptions,
} from "./auth.ts";
