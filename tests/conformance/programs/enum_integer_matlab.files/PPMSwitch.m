function PPMSwitch(ppm)
  switch ppm
    case PPM.Low
      disp Low
    case PPM.Medium
      disp Medium
    case PPM.High
      disp High
  end
end
