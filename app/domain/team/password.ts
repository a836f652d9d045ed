import { z } from "zod";

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

const newPassword = {
  password: z
    .string({ error: "Please choose a password" })
    .min(PASSWORD_MIN_LENGTH, `Please use at least ${PASSWORD_MIN_LENGTH} characters`)
    .max(PASSWORD_MAX_LENGTH, `Please keep this under ${PASSWORD_MAX_LENGTH} characters`),
  confirm: z.string({ error: "Please type the password again" }),
};

const sameTwice = (value: { password: string; confirm: string }) => value.password === value.confirm;
const NOT_THE_SAME = { path: ["confirm"], message: "The two passwords are not the same" };

/** A new password typed twice, as the set-password link asks for it. */
export const NewPasswordSchema = z.object(newPassword).refine(sameTwice, NOT_THE_SAME);

/** A signed-in person changing their password: the current one first. */
export const ChangePasswordSchema = z
  .object({
    current: z
      .string({ error: "Please enter your current password" })
      .min(1, "Please enter your current password")
      .max(PASSWORD_MAX_LENGTH),
    ...newPassword,
  })
  .refine(sameTwice, NOT_THE_SAME)
  .refine((value) => value.password !== value.current, {
    path: ["password"],
    message: "Please choose a password different from the current one",
  });
