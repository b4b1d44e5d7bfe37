/**
 * The app's few icons, drawn for it as inline SVG: no icon font and nothing fetched from another
 * site. Decorative only (aria-hidden): the text beside each icon says what it means.
 */
interface IconProps {
  class?: string | undefined;
}

function Icon(props: IconProps & { d: string }) {
  return (
    <svg
      class={props.class}
      viewBox="0 0 24 24"
      width="24"
      height="24"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      stroke-width="2"
      stroke-linecap="round"
      stroke-linejoin="round"
    >
      <path d={props.d} />
    </svg>
  );
}

export const PhoneIcon = (props: IconProps) => (
  <Icon
    {...props}
    d="M5 3h3l2 5-2.5 1.5a11 11 0 0 0 7 7L16 14l5 2v3a2 2 0 0 1-2 2A16 16 0 0 1 3 5a2 2 0 0 1 2-2z"
  />
);
export const PeopleIcon = (props: IconProps) => (
  <Icon
    {...props}
    d="M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM2 21v-1a7 7 0 0 1 14 0v1M17 3.5a4 4 0 0 1 0 7.5M22 21v-1a7 7 0 0 0-4-6.3"
  />
);
export const BookIcon = (props: IconProps) => (
  <Icon
    {...props}
    d="M4 4h6a3 3 0 0 1 2 1 3 3 0 0 1 2-1h6v15h-6a2 2 0 0 0-2 2 2 2 0 0 0-2-2H4zM12 5v16"
  />
);
export const ListIcon = (props: IconProps) => (
  <Icon {...props} d="M9 6h11M9 12h11M9 18h11M4 6l1 1 2-2M4 12l1 1 2-2M4 18l1 1 2-2" />
);
export const ShieldIcon = (props: IconProps) => (
  <Icon {...props} d="M12 3l8 3v6c0 5-3.5 8-8 9-4.5-1-8-4-8-9V6z" />
);
