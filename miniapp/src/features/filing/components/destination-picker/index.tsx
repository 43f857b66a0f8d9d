import { DivisionPicker } from '../../../../components/division-picker';
import type { Division } from '../../../../lib/divisions';

/** 北京、天津、上海、重庆: the city is the municipality itself. */
const MUNICIPALITIES = ['11', '12', '31', '50'];
/** 海南、西藏: filed at province level (`002 §1(3)`). */
const PROVINCE_LEVEL = ['46', '54'];

/** A province that is itself a filing destination: a municipality, or 海南/西藏. */
function filedAsProvince(province: Division): boolean {
  const prefix = province.code.slice(0, 2);
  return MUNICIPALITIES.includes(prefix) || PROVINCE_LEVEL.includes(prefix);
}

export interface DestinationPickerProps {
  /** The API's plain explanation of what a destination is (a city; 海南、西藏 the province; never a hospital). */
  explanation?: string;
  selected?: string;
  onChoose: (destination: Division) => void;
  testId?: string;
}

/**
 * 就医地: the province, then its city (地级市; 北京、天津、上海、重庆 and 海南、西藏 are chosen as a whole). Never a county
 * or a hospital: the list has none.
 */
export function DestinationPicker({ explanation, selected, onChoose, testId = 'destination' }: DestinationPickerProps) {
  return (
    <DivisionPicker
      explanation={explanation}
      selected={selected}
      onChoose={onChoose}
      testId={testId}
      chosenWhole={filedAsProvince}
    />
  );
}
