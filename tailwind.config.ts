import typography from "@tailwindcss/typography";
import type { Config } from "tailwindcss";

export default {
  content: ["./app/**/*.{ts,tsx}"],
  theme: {
    extend: {
      colors: {
        ink: { DEFAULT: "#14213d", soft: "#3d4a66" },
        brand: { DEFAULT: "#0f5c4d", dark: "#0a4338", light: "#e5f2ef" },
        accent: { DEFAULT: "#b4530a" },
      },
      fontFamily: {
        sans: ["Inter", "ui-sans-serif", "system-ui", "-apple-system", "Segoe UI", "Roboto", "sans-serif"],
        serif: ["Georgia", "Cambria", "Times New Roman", "serif"],
      },
      maxWidth: { prose: "70ch" },
    },
  },
  plugins: [typography],
} satisfies Config;
